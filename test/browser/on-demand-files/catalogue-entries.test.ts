/**
 * Services named by catalogue id through the built dist/cookiegate.js: the dialog shows what the entry says, a
 * withdrawal deletes the entry's cookies, and a returning page view loads no entry (it requests the gate alone).
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { bundleTag, htmlDocument, serveHtml } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/catalogue/google-analytics.json']);

const CONFIG = {
  revision: 1,
  controller: { name: 'Shop Ltd', policyUrl: '/privacy' },
  categories: { performance: { services: { 'google-analytics': {}, 'google-analytic': { provider: 'Google' } } } },
};

function page(): string {
  const head = '<script type="application/json" id="cookiegate-config">' + JSON.stringify(CONFIG) + '</script>' + bundleTag();
  return serveHtml(h.server, '/catalogue.html', htmlDocument(head, '<h1>Shop</h1>'));
}

const ours = (path: string) => path.startsWith('/dist/');

describe('catalogue services (dist/cookiegate.js)', () => {
  it('shows the entry in the dialog, deletes its cookies on withdrawal, and loads no entry on a returning page view', async () => {
    const s = await h.open({ path: page() });
    await s.page.locator('.cg-banner').first().waitFor({ state: 'visible' });
    expect(h.server.requestsTo('/dist/catalogue/google-analytics.json')).toHaveLength(1);
    expect(h.server.requests.filter((r) => r.path.startsWith('/dist/catalogue/')).map((r) => r.path)).toEqual(['/dist/catalogue/google-analytics.json']);
    // The entries' loader is a file of its own, which the banner's dialog waits for (the gate does not carry it).
    expect(h.server.requestsTo('/dist/cookiegate-catalogue.js')).toHaveLength(1);

    await s.page.locator('.cg-banner').getByRole('button', { name: 'Manage preferences', exact: true }).click();
    const dialog = s.page.locator('.cg-modal');
    await expect.poll(() => dialog.textContent()).toContain('Google Analytics');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('Google LLC');
    expect(text).toContain('_ga');
    expect(text).toContain('2 years');

    await dialog.getByRole('button', { name: 'Accept all', exact: true }).click();
    await evaluate(s.page, "document.cookie = '_ga=GA1.1.1; path=/'; document.cookie = '_ga_ABC123=GS1; path=/'");
    await s.reload();
    await settle(h.server, 300);
    const before = h.server.requests.length;
    await s.reload();
    await settle(h.server, 400);
    // A returning page view with a stored choice: the gate, and no file of ours beside it.
    expect(
      h.server.requests
        .slice(before)
        .map((r) => r.path)
        .filter(ours),
    ).toEqual(['/dist/cookiegate.js']);

    // A withdrawal without the dialog: its clean-up loads the loader and the entry, then deletes the entry's cookies.
    const withdrawn = h.server.requests.length;
    await evaluate(s.page, 'CookieGate.rejectAll()');
    await expect.poll(() => s.cookieNames()).toEqual(['cookiegate']);
    expect(
      h.server.requests
        .slice(withdrawn)
        .map((r) => r.path)
        .filter(ours),
    ).toEqual(['/dist/cookiegate-catalogue.js', '/dist/catalogue/google-analytics.json']);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('advises the catalogue id for a key close to it', async () => {
    const s = await h.open();
    const advice: string[] = [];
    s.page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('cookiegate advice:') && advice.push(m.text()));
    await s.goto(page());
    await s.page.locator('.cg-banner').first().waitFor({ state: 'visible' });
    expect(advice.filter((a) => a.includes('google-analytic:'))).toEqual([
      'cookiegate advice: categories.performance.services.google-analytic: not a catalogue id; did you mean "google-analytics"?',
    ]);
  });
});
