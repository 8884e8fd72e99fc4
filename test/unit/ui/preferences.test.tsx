// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { showPreferences } from '../../../src/core/engine/actions';
import { $consent, $ui } from '../../../src/core/engine/stores';
import { buttonByText, dialog, flush, press, root, setup, switchByLabel, teardown } from './fixture';
import { choice } from '../../shared/consent';

afterEach(teardown);

/** Preact re-renders a component after setState on the next tick. */
const tick = (_afterClick: unknown) => flush();

function openFromReopen(consent = choice(['performance'], ['ga'])): HTMLButtonElement {
  setup({ consent });
  const reopen = buttonByText('Cookie preferences');
  reopen.focus();
  reopen.click();
  return reopen;
}

const expander = (title: string) => dialog()!.querySelector<HTMLButtonElement>(`.cg-exp[aria-label="Services: ${title}"]`)!;

describe('preferences dialog', () => {
  it('follows the dialog pattern: modal, labelled by its visible title, described', async () => {
    openFromReopen();
    const d = dialog()!;
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).toBe('Cookie preferences');
    expect(document.getElementById(d.getAttribute('aria-describedby')!)!.textContent).toContain('Choose which optional cookies');
    expect(Array.from(d.querySelectorAll('.cg-foot button')).map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Save preferences']);
  });

  it('moves focus in and makes the page behind inert, until it closes', async () => {
    openFromReopen();
    expect(dialog()!.contains(document.activeElement)).toBe(true);
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
    press('Escape');
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(false);
  });

  it('leaves elements the page made inert itself inert after closing', async () => {
    setup({ consent: choice([]) });
    const aside = document.createElement('aside');
    aside.setAttribute('inert', '');
    document.body.append(aside);
    showPreferences();
    press('Escape', dialog()!);
    expect(aside.hasAttribute('inert')).toBe(true);
  });

  it('opens showing the stored choice, not the defaults', async () => {
    openFromReopen(choice(['performance'], ['ga']));
    expect(switchByLabel('Performance').checked).toBe(true);
    expect(switchByLabel('Google Analytics').checked).toBe(true);
    expect(switchByLabel('Hotjar').checked).toBe(false);
    expect(switchByLabel('Functionality').checked).toBe(false);
    expect(switchByLabel('Social media').checked).toBe(false);
  });

  it('opens with every optional switch off before any choice', async () => {
    setup();
    buttonByText('Manage preferences').click();
    const optional = Array.from(dialog()!.querySelectorAll<HTMLInputElement>('input[type=checkbox]:not(:disabled)'));
    expect(optional.length).toBe(7);
    expect(optional.some((input) => input.checked)).toBe(false);
  });

  it('shows necessary as always on and not switchable', async () => {
    openFromReopen();
    const necessary = switchByLabel('Strictly necessary');
    expect(necessary.checked).toBe(true);
    expect(necessary.disabled).toBe(true);
    expect(necessary.getAttribute('role')).toBe('switch');
    expect(document.getElementById(necessary.getAttribute('aria-describedby')!)!.textContent).toBe('Always on');
  });

  it('never saves or closes when a switch flips', async () => {
    openFromReopen();
    const before = $consent.get();
    await tick(switchByLabel('Functionality').click());
    await tick(switchByLabel('Performance').click());
    expect($consent.get()).toBe(before);
    expect(dialog()).not.toBeNull();
  });

  it('turns a category’s services on and off with it; service switches are their own', async () => {
    openFromReopen(choice([]));
    await tick(switchByLabel('Performance').click());
    expect(switchByLabel('Google Analytics').checked).toBe(true);
    expect(switchByLabel('Hotjar').checked).toBe(true);
    await tick(switchByLabel('Hotjar').click());
    expect(switchByLabel('Hotjar').checked).toBe(false);
    expect(switchByLabel('Google Analytics').checked).toBe(true);
    await tick(switchByLabel('Performance').click());
    expect(switchByLabel('Google Analytics').checked).toBe(false);
  });

  it('Save preferences stores exactly what is switched on', async () => {
    openFromReopen(choice([]));
    await tick(switchByLabel('Functionality').click());
    await tick(switchByLabel('Performance').click());
    await tick(switchByLabel('Hotjar').click());
    buttonByText('Save preferences').click();
    expect($consent.get()!.categories).toEqual(['necessary', 'performance', 'functionality']);
    expect($consent.get()!.services).toEqual(['ga']);
    expect(dialog()).toBeNull();
    expect(root().querySelector('[role="status"]')!.textContent).toBe('Your cookie preferences are saved.');
  });

  it('Save preferences with nothing switched on stores a refusal', async () => {
    setup();
    buttonByText('Manage preferences').click();
    buttonByText('Save preferences').click();
    expect($consent.get()!.categories).toEqual(['necessary']);
    expect($consent.get()!.services).toEqual([]);
  });

  it('can grant a single service without its category', async () => {
    openFromReopen(choice([]));
    await tick(switchByLabel('YouTube').click());
    buttonByText('Save preferences').click();
    expect($consent.get()!.categories).toEqual(['necessary']);
    expect($consent.get()!.services).toEqual(['youtube']);
  });

  it('Escape closes without saving, drops unsaved switches and returns focus to the opener', async () => {
    const reopen = openFromReopen(choice([]));
    const before = $consent.get();
    await tick(switchByLabel('Functionality').click());
    await tick(press('Escape'));
    expect(dialog()).toBeNull();
    expect($consent.get()).toBe(before);
    expect(document.activeElement).toBe(reopen);
    reopen.click();
    expect(switchByLabel('Functionality').checked).toBe(false);
  });

  it('the close control closes without saving', async () => {
    openFromReopen(choice([]));
    await tick(switchByLabel('Functionality').click());
    dialog()!.querySelector<HTMLButtonElement>('.cg-x')!.click();
    expect(dialog()).toBeNull();
    expect($consent.get()!.categories).toEqual(['necessary']);
  });

  it('after a choice from the banner’s dialog, focus goes to the re-open control, not <body>', async () => {
    setup();
    const manage = buttonByText('Manage preferences');
    manage.focus();
    manage.click();
    await tick(buttonByText('Reject all', dialog()!).click());
    expect(document.activeElement).toBe(document.querySelector('.cg-reopen'));
  });

  it('keeps the banner behind the dialog inert, and returns focus to its button on Escape', async () => {
    setup();
    const manage = buttonByText('Manage preferences');
    manage.focus();
    manage.click();
    expect(root().querySelector('.cg-banner')!.hasAttribute('inert')).toBe(true);
    await tick(press('Escape'));
    expect($ui.get()).toEqual({ banner: true, preferences: false });
    expect(document.activeElement).toBe(manage);
  });

  it('wraps Tab and Shift+Tab inside the dialog', async () => {
    openFromReopen();
    const inside = Array.from(dialog()!.querySelectorAll<HTMLElement>('button,input:not(:disabled),a[href]')).filter((el) => !el.closest('[hidden]'));
    const first = inside[0]!;
    const last = inside[inside.length - 1]!;
    last.focus();
    press('Tab');
    expect(document.activeElement).toBe(first);
    press('Tab', first, true);
    expect(document.activeElement).toBe(last);
  });

  it('expands a category to its services and cookie table', async () => {
    openFromReopen();
    const button = expander('Performance');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    await tick(button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('Provider: Google');
    expect(panel.textContent).toContain('Visit statistics');
    expect(panel.querySelector('a')!.getAttribute('href')).toBe('https://policies.google.test/privacy');
    const rows = Array.from(panel.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.children).map((td) => td.textContent));
    expect(rows).toEqual([
      ['_ga', 'Google', 'Visit statistics', '2 years'],
      ['/^_ga_/', 'Google', 'Visit statistics', '2 years'],
    ]);
    expect(Array.from(panel.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['Cookie', 'Provider', 'Purpose', 'Duration']);
  });

  it('announces the GPC refusal in a status line', async () => {
    setup({ gpc: true, consent: choice([]) });
    showPreferences();
    expect(dialog()!.querySelector('[role="status"]')!.textContent).toContain('Targeting and advertising, Social media');
  });

  it('is laid out unseen when the pointer comes to the re-open control; the click shows that same dialog', async () => {
    setup({ consent: choice(['performance'], ['ga']) });
    const reopen = buttonByText('Cookie preferences');
    reopen.dispatchEvent(new Event('pointerenter'));
    await flush();
    const ahead = dialog()!;
    const overlay = ahead.closest('.cg-overlay')!;
    expect(overlay.hasAttribute('data-cg-ahead')).toBe(true);
    expect(ahead.contains(document.activeElement)).toBe(false);
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(false);
    reopen.click();
    expect(dialog()).toBe(ahead);
    expect(overlay.hasAttribute('data-cg-ahead')).toBe(false);
    expect(ahead.contains(document.activeElement)).toBe(true);
    expect(document.querySelector('main')!.hasAttribute('inert')).toBe(true);
    press('Escape');
    expect(dialog()).toBeNull();
    // Once it has been open, it is built when opened again: the control reappearing under a pointer is no approach.
    reopen.dispatchEvent(new Event('pointerenter'));
    await flush();
    expect(dialog()).toBeNull();
  });

  it('shows a choice made while it waited unseen, not the one it was laid out with', async () => {
    setup({ consent: choice(['performance'], ['ga']) });
    const reopen = buttonByText('Cookie preferences');
    reopen.dispatchEvent(new Event('pointerenter'));
    await flush();
    expect(dialog()).not.toBeNull();
    $consent.set(choice(['social'], []));
    await tick();
    reopen.click();
    expect(switchByLabel('Performance').checked).toBe(false);
    expect(switchByLabel('Social media').checked).toBe(true);
  });
});
