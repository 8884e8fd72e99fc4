// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { $consent, $ui } from '../../../src/core/engine/stores';
import { buttonByText, flush, setup, teardown } from './fixture';
import { choice } from '../../shared/consent';
import { testConfig } from '../../shared/fixtures';

afterEach(teardown);

/**
 * Adds an embed whose document cannot be reached, as a browser answers for one sandboxed without `allow-same-origin`
 * (`contentDocument` is `null`): these tests cover the placeholder drawn beside such an iframe (the one drawn inside
 * the frame is tested in a real browser, `test/browser/embeds/`). happy-dom ignores `sandbox`, so the frame says so
 * itself; it still gets its frame, which never navigates (the unit project's settings).
 */
async function embed(attrs: Record<string, string>): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  Object.defineProperty(iframe, 'contentDocument', { value: null });
  for (const [name, value] of Object.entries(attrs)) iframe.setAttribute(name, value);
  document.querySelector('main')!.append(iframe);
  await flush();
  return iframe;
}

const placeholder = () => document.querySelector<HTMLElement>('.cg-ph');

describe('embed placeholders', () => {
  it('stands in for a blocked iframe with its size, naming the service', async () => {
    setup({ consent: choice([]) });
    const iframe = await embed({
      'data-category': 'social',
      'data-service': 'youtube',
      'data-src': 'https://video.test/1',
      width: '560',
      height: '315',
      'data-cg-state': 'blocked',
    });
    const box = placeholder()!;
    expect(box.nextElementSibling).toBe(iframe);
    expect(box.style.width).toBe('560px');
    expect(box.style.height).toBe('315px');
    expect(iframe.style.display).toBe('none');
    expect(box.textContent).toContain('Content from YouTube');
    expect(box.lang).toBe('en');
    const name = document.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(name.textContent).toBe('Content from YouTube');
    expect(Array.from(box.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Allow YouTube', 'Load only this time', 'Cookie preferences']);
  });

  it('leaves iframes that are not blocked alone', async () => {
    setup();
    await embed({ 'data-category': 'social', 'data-src': 'https://video.test/1', 'data-cg-state': 'active' });
    await embed({ src: 'https://video.test/2' });
    expect(placeholder()).toBeNull();
  });

  it('Allow grants only its service, keeping the rest of the stored choice', async () => {
    setup({
      config: testConfig((c) => c.categories.find((x) => x.id === 'social')!.services.push({ id: 'vimeo', category: 'social', label: 'Vimeo', cookies: [] })),
      consent: choice(['performance'], ['ga']),
    });
    await embed({ 'data-category': 'social', 'data-service': 'youtube', 'data-src': 'https://video.test/1', 'data-cg-state': 'blocked' });
    buttonByText('Allow YouTube').click();
    expect($consent.get()!.categories).toEqual(['necessary', 'performance']);
    expect($consent.get()!.services).toEqual(['ga', 'youtube']);
  });

  it('Allow on an embed without a service grants its category, labelled by the category', async () => {
    setup({ consent: choice([]) });
    await embed({ 'data-category': 'social', 'data-src': 'https://video.test/1', 'data-cg-state': 'blocked' });
    buttonByText('Allow Social media').click();
    expect($consent.get()!.categories).toEqual(['necessary', 'social']);
    expect($consent.get()!.services).toEqual(['youtube']);
  });

  it('Load only this time loads the iframe and stores nothing', async () => {
    setup();
    const iframe = await embed({ 'data-category': 'social', 'data-service': 'youtube', 'data-src': 'https://video.test/1', 'data-cg-state': 'blocked' });
    const once = buttonByText('Load only this time');
    once.focus();
    once.click();
    await flush();
    expect(document.activeElement).toBe(iframe);
    expect(iframe.getAttribute('src')).toBe('https://video.test/1');
    expect($consent.get()).toBeNull();
    expect(placeholder()).toBeNull();
    expect(iframe.style.display).toBe('');
  });

  it('goes when the iframe becomes active and comes back when it is blocked again', async () => {
    setup();
    const iframe = await embed({ 'data-category': 'social', 'data-src': 'https://video.test/1', 'data-cg-state': 'blocked', style: 'display: block' });
    iframe.setAttribute('data-cg-state', 'active');
    await flush();
    expect(placeholder()).toBeNull();
    expect(iframe.style.display).toBe('block');
    iframe.setAttribute('data-cg-state', 'blocked');
    await flush();
    expect(placeholder()).not.toBeNull();
  });

  it('opens the preferences from the placeholder', async () => {
    setup({ consent: choice([]) });
    await embed({ 'data-category': 'social', 'data-src': 'https://video.test/1', 'data-cg-state': 'blocked' });
    buttonByText('Cookie preferences', placeholder()!).click();
    expect($ui.get().preferences).toBe(true);
  });

  it('is removed with the UI', async () => {
    setup();
    await embed({ 'data-category': 'social', 'data-src': 'https://video.test/1', 'data-cg-state': 'blocked' });
    teardown();
    expect(placeholder()).toBeNull();
  });
});
