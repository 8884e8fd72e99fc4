// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

let stopPrevious: (() => void) | undefined;

/** A fresh core for each test; the previous one stops watching the shared document. */
async function freshCore(html: string, config: unknown = {}) {
  stopPrevious?.();
  await new Promise((r) => setTimeout(r, 0)); // let the previous observer's last records drain
  document.body.innerHTML = html;
  vi.resetModules();
  stopPrevious = (await import('../../../src/core/engine/init')).stopCore;
  for (const c of document.cookie.split(';')) document.cookie = c.split('=')[0]!.trim() + '=;Max-Age=0;Path=/';
  const core = await import('../../../src/core/index');
  core.init(config);
  return core;
}

describe('activator markup checks', () => {
  it('names an element with an unknown category and keeps it blocked', async () => {
    const html = '<img data-category="marketing" data-src="/px.gif" alt="">';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const core = await freshCore(html);
    core.acceptAll();
    const img = document.querySelector('img')!;
    expect(img.hasAttribute('src')).toBe(false);
    expect(errors.mock.calls.map((c) => c[0])).toEqual([
      'cookiegate: <img data-category="marketing" data-src="/px.gif">: unknown category "marketing"; known: necessary, performance, functionality, targeting, social',
    ]);
    errors.mockRestore();
  });

  it('names an unknown service and keeps the element blocked even when its category is granted', async () => {
    const html = '<iframe data-category="social" data-service="yt" data-src="/embed.html"></iframe>';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const core = await freshCore(html, { categories: { social: { services: { youtube: {} } } } });
    core.acceptAll();
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    expect(errors.mock.calls[0]![0]).toMatch(/unknown service "yt" in category "social"; known: youtube/);
    errors.mockRestore();
  });

  it('warns about marked scripts and images that load before consent, but not about data: placeholders or necessary ones', async () => {
    const html =
      '<img id="a" data-category="targeting" src="/px.gif" alt=""><img id="b" data-category="targeting" src="data:image/gif;base64,R0lGOD" data-src="/px.gif" alt="">' +
      '<script data-category="performance">window.__ran = 1</script><script data-category="necessary">window.__ok = 1</script>';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await freshCore(html);
    expect(errors.mock.calls.map((c) => c[0])).toEqual([
      'cookiegate: <img data-category="targeting" src="/px.gif">: has a live src and loads before consent; move the URL to data-src',
      'cookiegate: <script data-category="performance">: runs before consent; add type="text/plain" so cookiegate can hold it',
    ]);
    errors.mockRestore();
  });

  it('refuses javascript: URLs on activation', async () => {
    const html = '<iframe data-category="social" data-src="javascript:alert(1)"></iframe>';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const core = await freshCore(html);
    core.acceptAll();
    expect(document.querySelector('iframe')!.hasAttribute('src')).toBe(false);
    expect(errors.mock.calls[0]![0]).toMatch(/refused data-src on activation/);
    errors.mockRestore();
  });

  it('marks gated elements blocked, then active on consent, and puts a withdrawn iframe back', async () => {
    const html = '<iframe data-category="social" data-src="/embed.html"></iframe>';
    const core = await freshCore(html);
    expect(document.querySelector('iframe')!.getAttribute('data-cg-state')).toBe('blocked');
    core.acceptAll();
    expect(document.querySelector('iframe')!.getAttribute('src')).toBe('/embed.html');
    expect(document.querySelector('iframe')!.getAttribute('data-cg-state')).toBe('active');
    core.rejectAll();
    const frame = document.querySelector('iframe')!;
    expect(frame.hasAttribute('src')).toBe(false);
    expect(frame.getAttribute('data-cg-state')).toBe('blocked');
  });
});
