// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadTexts } from '../../../src/core/texts/language';
import { $consent, $ui } from '../../../src/core/engine/stores';
import { buttonByText, dialog, flush, press, root, setup, teardown } from './fixture';
import { choice } from '../../shared/consent';
import { testConfig } from '../../shared/fixtures';

afterEach(teardown);

const banner = () => root().querySelector<HTMLElement>('.cg-banner');

describe('banner', () => {
  it('is a region named by its visible title, first in the page', () => {
    setup();
    const region = banner()!;
    expect(region.tagName).toBe('SECTION');
    const title = document.getElementById(region.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Your choice about cookies');
    expect(document.body.firstElementChild).toBe(root());
    expect(region.getAttribute('role')).toBeNull();
    expect(region.hasAttribute('aria-modal')).toBe(false);
  });

  it('offers exactly Accept all, Reject all and Manage preferences, Accept and Reject alike', () => {
    setup();
    const buttons = Array.from(banner()!.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(buttons[0]!.className).toBe(buttons[1]!.className);
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
  });

  it('names the controller and links the privacy policy', () => {
    setup();
    expect(banner()!.textContent).toContain('Example Ltd would like to use cookies');
    const link = banner()!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/privacy');
    expect(link.textContent).toBe('Privacy policy');
  });

  it('refuses a javascript: policy URL and shows a hostile controller name as text', () => {
    setup({ config: testConfig((c) => (c.controller = { name: '<img src=x onerror=alert(1)>', policyUrl: 'javascript:alert(1)' })) });
    expect(banner()!.querySelector('a,img')).toBeNull();
    expect(banner()!.textContent).toContain('<img src=x onerror=alert(1)> would like');
  });

  it('Accept all grants every category and closes the banner', () => {
    setup();
    buttonByText('Accept all', banner()!).click();
    expect($consent.get()!.categories).toEqual(['necessary', 'performance', 'functionality', 'targeting', 'social']);
    expect($consent.get()!.services).toEqual(['ga', 'hotjar', 'youtube']);
    expect(banner()).toBeNull();
  });

  it('Reject all keeps only necessary and closes the banner', () => {
    setup();
    buttonByText('Reject all', banner()!).click();
    expect($consent.get()!.categories).toEqual(['necessary']);
    expect($consent.get()!.services).toEqual([]);
    expect(banner()).toBeNull();
  });

  it('Manage preferences opens the dialog and grants nothing', () => {
    setup();
    buttonByText('Manage preferences', banner()!).click();
    expect($ui.get().preferences).toBe(true);
    expect(dialog()).not.toBeNull();
    expect($consent.get()).toBeNull();
  });

  it('grants nothing on Escape, clicks elsewhere or scrolling', async () => {
    setup();
    press('Escape', document.body);
    document.getElementById('page-link')!.click();
    window.dispatchEvent(new Event('scroll'));
    await flush();
    expect($consent.get()).toBeNull();
    expect(banner()).not.toBeNull();
  });

  it('a configured close control records a refusal', () => {
    setup({ config: testConfig((c) => (c.ui.closeButton = true)) });
    const close = banner()!.querySelector<HTMLButtonElement>('.cg-x')!;
    expect(close.getAttribute('aria-label')).toBe('Close and reject optional cookies');
    close.click();
    expect($consent.get()!.categories).toEqual(['necessary']);
  });

  it('has no close control unless configured', () => {
    setup();
    expect(banner()!.querySelector('.cg-x')).toBeNull();
  });

  it('says which categories a GPC signal keeps off', () => {
    setup({ gpc: true });
    expect(banner()!.querySelector('.cg-gpc')!.textContent).toContain('Targeting and advertising, Social media stay off');
  });

  it('confirms a choice in a polite status region', () => {
    setup();
    buttonByText('Reject all', banner()!).click();
    expect(root().querySelector('[role="status"]')!.textContent).toBe('Your cookie preferences are saved.');
  });
});

describe('re-open control', () => {
  it('appears after a choice and opens the preferences', () => {
    setup({ consent: choice([]) });
    const reopen = buttonByText('Cookie preferences');
    expect(reopen.classList.contains('cg-bottom-start')).toBe(true);
    reopen.click();
    expect(dialog()).not.toBeNull();
  });

  it('is absent before a choice and when config turns it off', () => {
    setup();
    expect(document.querySelector('.cg-reopen')).toBeNull();
    setup({ consent: choice([]), config: testConfig((c) => (c.ui.reopen = false)) });
    expect(document.querySelector('.cg-reopen')).toBeNull();
  });

  it('any [data-cookiegate="preferences"] element on the page opens the preferences', () => {
    setup({ consent: choice([]) });
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.cookiegate = 'preferences';
    link.innerHTML = '<span>Cookies</span>';
    document.querySelector('main')!.append(link);
    link.querySelector('span')!.click();
    expect(dialog()).not.toBeNull();
  });
});

describe('mountUi', () => {
  it('renders once however often it is called, with lang and dir of the shown language', async () => {
    setup({ language: 'ar' });
    const { mountUi } = await import('../../../src/ui/mount');
    mountUi();
    expect(document.querySelectorAll('.cg-root:not(.cg-ph)').length).toBe(1);
    expect(document.querySelectorAll('style[data-cg-style="ui"]').length).toBe(1);
    expect(root().lang).toBe('ar');
    expect(root().dir).toBe('rtl');
  });

  it('shows the texts of the language and follows changes', async () => {
    await loadTexts(testConfig(), 'de');
    setup({ language: 'de' });
    expect(Array.from(banner()!.querySelectorAll('button')).map((b) => b.textContent)).toEqual([
      'Alle akzeptieren',
      'Alle ablehnen',
      'Einstellungen verwalten',
    ]);
    expect(root().dir).toBe('ltr');
  });

  it('renders nothing with ui.disabled', () => {
    setup({ config: testConfig((c) => (c.ui.disabled = true)) });
    expect(root().children.length).toBe(0);
  });

  it('forces the configured theme on the root', () => {
    setup({ config: testConfig((c) => (c.ui.theme = 'dark')) });
    expect(root().getAttribute('data-cg-theme')).toBe('dark');
  });
});

describe('GPC notice', () => {
  it('is not shown without a signal, nor when no category is sale/share', () => {
    setup();
    expect(root().querySelector('.cg-gpc')).toBeNull();
    setup({ gpc: true, config: testConfig((c) => c.categories.forEach((x) => (x.saleOrShare = false))) });
    expect(root().querySelector('.cg-gpc')).toBeNull();
  });
});
