/**
 * The gate and its on-demand files, through the BUILT dist/: what a page view requests (a returning visitor: the gate
 * only), when the banner and dialog file and the config check come (both at once on a first visit; the dialog ahead of
 * a click on approach), placeholders
 * only with a blocked iframe, records only when they have work, `data-files`, and files that fail or were changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { REPO_ROOT } from '../harness/server';
import { htmlDocument, serveHtml, waitForBanner } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate-ui.js']);

const CONFIG = { revision: 1, controller: { name: 'Gate Ltd', policyUrl: '/privacy' }, categories: { performance: { services: { ga: {} } } } };
const GATED = '<script type="text/plain" data-category="performance" src="/fixtures/od-perf.js"></script>';
const EMBED = '<iframe data-category="social" data-src="/fixtures/od-embed.html" width="400" height="200" title="Embed"></iframe>';

function page(path: string, options: { config?: object; tag?: string; body?: string } = {}): string {
  const head =
    '<script type="application/json" id="cookiegate-config">' +
    JSON.stringify(options.config ?? CONFIG) +
    '</script>' +
    (options.tag ?? '<script src="/dist/cookiegate.js"></script>');
  return serveHtml(h.server, path, htmlDocument(head, '<h1>Page</h1><p><a href="/next">Next</a></p>' + GATED + (options.body ?? '')));
}

/** cookiegate's files requested since request number `since`. */
const ourFiles = (since: number) =>
  h.server.requests.filter((r) => r.seq >= since && /^\/(dist|js|elsewhere|missing|changed)\//.test(r.path)).map((r) => r.path);

describe('what a page view requests', () => {
  it('a first visit requests the banner file and the config check at once; a returning visitor’s next page requests the gate and nothing else', async () => {
    const path = page('/od/first.html');
    const s = await h.open({ path });
    await waitForBanner(s.page);
    // The banner's file, its texts and the config check, all requested while the gate runs.
    expect(ourFiles(0)).toEqual(['/dist/cookiegate.js', '/dist/cookiegate-ui.js', '/dist/cookiegate-texts.js', '/dist/cookiegate-check.js']);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await h.server.waitForRequest('/fixtures/od-perf.js');
    await settle(h.server, 300);

    const next = page('/od/next.html');
    const since = h.server.requests.length;
    await s.goto(next);
    await s.page.waitForSelector('.cg-reopen');
    await settle(h.server, 400);
    expect(ourFiles(since)).toEqual(['/dist/cookiegate.js']);
    expect(h.server.requestsTo('/fixtures/od-perf.js').filter((r) => r.seq >= since)).toHaveLength(1);
    // No `style` but the gate's own, and the control is styled by it.
    expect(await s.page.locator('style[data-cg-style]').evaluateAll((els) => els.map((el) => el.getAttribute('data-cg-style')))).toEqual(['base']);
    expect(await s.page.locator('.cg-reopen').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('a returning visitor’s control is labelled from the gate alone; the texts file comes with the dialog, and CookieGate.getTexts waits for it', async () => {
    const s = await h.open({ path: page('/od/texts.html') });
    await waitForBanner(s.page);
    await s.page.getByRole('button', { name: 'Reject all' }).click();
    await settle(h.server, 300);
    const since = h.server.requests.length;
    await s.goto(page('/od/texts-next.html'));
    await s.page.waitForSelector('.cg-reopen');
    await settle(h.server, 300);
    expect(ourFiles(since)).toEqual(['/dist/cookiegate.js']);
    expect(await s.page.locator('.cg-reopen').textContent()).toBe('Cookie preferences');
    expect(await s.page.locator('.cg-reopen').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    // A page's own UI asks before the texts are here: told what to do, not handed English it did not load.
    expect(await evaluate(s.page, 'window.CookieGate.TEXTS_EN')).toBeUndefined();
    expect(await evaluate(s.page, 'CookieGate.hasTexts(CookieGate.$config.get(), "en")')).toBe(false);
    expect(
      await evaluate(s.page, 'String((() => { try { CookieGate.getTexts(CookieGate.$config.get(), "en"); } catch (e) { return e.message; } })())'),
    ).toMatch(/^cookiegate: getTexts: .*await CookieGate\.loadTexts/);
    expect(await evaluate(s.page, 'CookieGate.loadTexts(CookieGate.$config.get(), "en")')).toBe(true);
    expect(await evaluate(s.page, 'CookieGate.getTexts(CookieGate.$config.get(), "en").banner.rejectAll')).toBe('Reject all');
    expect(ourFiles(since)).toEqual(['/dist/cookiegate.js', '/dist/cookiegate-texts.js']);
    // On a German page the control speaks German from the gate, and the dialog loads the locale with the texts file.
    const german = serveHtml(
      h.server,
      '/od/texts-de.html',
      htmlDocument(
        '<script type="application/json" id="cookiegate-config">' + JSON.stringify(CONFIG) + '</script><script src="/dist/cookiegate.js"></script>',
        '<h1>Seite</h1>',
        'de',
      ),
    );
    const sinceDe = h.server.requests.length;
    await s.goto(german);
    await s.page.waitForSelector('.cg-reopen');
    expect(await s.page.locator('.cg-reopen').textContent()).toBe('Cookie-Einstellungen');
    await s.page.click('.cg-reopen');
    await s.page.getByRole('dialog').waitFor();
    expect(ourFiles(sinceDe).sort()).toEqual(['/dist/cookiegate-texts.js', '/dist/cookiegate-ui.js', '/dist/cookiegate.js', '/dist/locales/de.json']);
    await s.page.getByRole('dialog').getByRole('button', { name: 'Einstellungen speichern' }).waitFor();
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('a changed config is checked once: the next page view loads the check, the one after only the gate; a config with a problem is checked every time', async () => {
    const s = await h.open({ path: page('/od/change.html') });
    await waitForBanner(s.page);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await h.server.waitForRequest('/fixtures/od-perf.js');
    const view = async (path: string, config: object) => {
      const since = h.server.requests.length;
      await s.goto(page(path, { config }));
      await s.page.waitForSelector('.cg-reopen');
      // The choice still stands, whichever way the config was read.
      await expect.poll(() => h.server.requestsTo('/fixtures/od-perf.js').filter((r) => r.seq >= since).length).toBe(1);
      await settle(h.server, 400);
      return ourFiles(since);
    };
    const renamed = { ...CONFIG, controller: { ...CONFIG.controller, name: 'Gate Ltd (renamed)' } };
    // The check reads the texts' rules (translations), so the texts file comes with it.
    expect(await view('/od/change-2.html', renamed)).toEqual(['/dist/cookiegate.js', '/dist/cookiegate-texts.js', '/dist/cookiegate-check.js']);
    expect(await view('/od/change-3.html', renamed)).toEqual(['/dist/cookiegate.js']);
    expect(s.cookiegateErrors).toEqual([]);
    // A problem is the site owner's to see on every page view: such a config is never marked as checked.
    const broken = { ...renamed, ui: { theme: 'purple' } };
    expect(await view('/od/change-4.html', broken)).toEqual(['/dist/cookiegate.js', '/dist/cookiegate-texts.js', '/dist/cookiegate-check.js']);
    expect(await view('/od/change-5.html', broken)).toEqual(['/dist/cookiegate.js', '/dist/cookiegate-texts.js', '/dist/cookiegate-check.js']);
    expect(s.cookiegateErrors).toEqual([
      expect.stringMatching(/^cookiegate: ui\.theme: expected "auto", "light", "dark"/),
      expect.stringMatching(/^cookiegate: ui\.theme:/),
    ]);
  });

  it('a choice the page makes while the config is being checked waits for the check and is stored under that config', async () => {
    const tag = '<script src="/dist/cookiegate.js"></script><script>CookieGate.acceptAll(); window.__afterCall = CookieGate.getConsent();</script>';
    const s = await h.open({ path: page('/od/early-call.html', { tag }) });
    await h.server.waitForRequest('/fixtures/od-perf.js');
    // Asked before the check had run, the answer was "no choice yet" (fail closed), not a choice under the defaults.
    expect(await evaluate(s.page, 'window.__afterCall')).toBeNull();
    expect(await evaluate(s.page, "CookieGate.hasConsent('performance', 'ga')")).toBe(true);
    // The stored choice is one the next page view reads under the same config: no banner, the script runs again.
    const since = h.server.requests.length;
    await s.goto(page('/od/early-call-next.html'));
    await s.page.waitForSelector('.cg-reopen');
    await expect.poll(() => h.server.requestsTo('/fixtures/od-perf.js').filter((r) => r.seq >= since).length).toBe(1);
    expect(await s.page.locator('.cg-banner').count()).toBe(0);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('the pointer coming to the re-open control fetches the dialog and lays it out unseen; the click only shows it', async () => {
    const s = await h.open({ path: page('/od/approach.html') });
    await waitForBanner(s.page);
    await s.page.getByRole('button', { name: 'Reject all' }).click();
    const next = page('/od/approach-next.html');
    await s.goto(next);
    const since = h.server.requests.length;
    await s.page.waitForSelector('.cg-reopen');
    await s.page.hover('.cg-reopen');
    await h.server.waitForRequest('/dist/cookiegate-ui.js');
    // Built, styled and laid out, but not seen, not focusable and not in the accessibility tree.
    const dialog = s.page.locator('.cg-overlay[data-cg-ahead] [role="dialog"]');
    await dialog.waitFor({ state: 'attached' });
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await s.page.getByRole('dialog').count()).toBe(0);
    expect(await dialog.evaluate((d) => d.getBoundingClientRect().height)).toBeGreaterThan(100);
    expect(await evaluate(s.page, 'document.activeElement === document.body || !document.activeElement.closest(".cg-modal")')).toBe(true);
    expect(await evaluate(s.page, 'Array.from(document.body.children).some((el) => el.hasAttribute("inert"))')).toBe(false);
    // The click shows that very element, in the click's own task: nothing is built then.
    await dialog.evaluate((d) => ((d as HTMLElement & { laidOutAhead?: boolean }).laidOutAhead = true));
    const shown = await evaluate(
      s.page,
      `(() => { document.querySelector('.cg-reopen').click(); const d = document.querySelector('[role="dialog"]');
        return { same: d.laidOutAhead === true, visible: getComputedStyle(d).visibility, focusIn: d.contains(document.activeElement) }; })()`,
    );
    expect(shown).toEqual({ same: true, visible: 'visible', focusIn: true });
    await expect.poll(() => s.page.getByRole('dialog').count()).toBe(1);
    // Closed, it is gone as before any approach; the next approach lays it out again.
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('[role="dialog"]', { state: 'detached' });
    expect(ourFiles(since).filter((f) => f === '/dist/cookiegate-ui.js')).toHaveLength(1);
  });

  it('CookieGate.showPreferences() before the file is here opens the dialog when it arrives; a hide() after it wins', async () => {
    const s = await h.open({ path: page('/od/api.html') });
    await waitForBanner(s.page);
    await s.page.getByRole('button', { name: 'Reject all' }).click();
    await s.goto(page('/od/api-next.html'));
    await s.page.waitForSelector('.cg-reopen');
    await evaluate(s.page, 'CookieGate.showPreferences()');
    await s.page.waitForSelector('[role="dialog"]');
    await s.goto(page('/od/api-next2.html'));
    await s.page.waitForSelector('.cg-reopen');
    await evaluate(s.page, 'CookieGate.showPreferences(), CookieGate.hide()');
    await h.server.waitForRequest(/cookiegate-ui\.js/);
    await settle(h.server, 300);
    expect(await s.page.locator('[role="dialog"]').count()).toBe(0);
  });

  it('placeholders load only on a page with a blocked iframe', async () => {
    const s = await h.open({ path: page('/od/no-embed.html') });
    await waitForBanner(s.page);
    await settle(h.server, 300);
    expect(h.server.requestsTo('/dist/cookiegate-embeds.js')).toEqual([]);
    await s.goto(page('/od/embed.html', { body: EMBED }));
    await s.page.frameLocator('iframe[data-category]').first().locator('.cg-ph').waitFor();
    expect(h.server.requestsTo('/dist/cookiegate-embeds.js')).toHaveLength(1);
  });

  it('consent records: the file comes on a first visit and records the choice; a returning visitor with nothing queued does not request it', async () => {
    h.server.route('/od/records', (_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    const config = { ...CONFIG, records: { endpoint: '/od/records' } };
    const s = await h.open({ path: page('/od/records.html', { config }) });
    await waitForBanner(s.page);
    await h.server.waitForRequest('/dist/cookiegate-records.js');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await h.server.waitForRequest('/od/records');
    await settle(h.server, 300);
    const since = h.server.requests.length;
    await s.goto(page('/od/records-next.html', { config }));
    await s.page.waitForSelector('.cg-reopen');
    await settle(h.server, 400);
    expect(ourFiles(since)).toEqual(['/dist/cookiegate.js']);
  });
});

describe('where the files are, and files that fail', () => {
  it('data-files names the folder when the gate is renamed or served from elsewhere', async () => {
    const gate = readFileSync(join(REPO_ROOT, 'dist/cookiegate.js'), 'utf8');
    h.server.route('/js/consent.min.js', (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(gate);
    });
    const s = await h.open({ path: page('/od/files.html', { tag: '<script src="/js/consent.min.js" data-files="/dist/"></script>' }) });
    await waitForBanner(s.page);
    expect(ourFiles(0)).toEqual(['/js/consent.min.js', '/dist/cookiegate-ui.js', '/dist/cookiegate-texts.js', '/dist/cookiegate-check.js']);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('a file that does not load (404) is named in one error, nothing optional runs, and it is tried again when next needed', async () => {
    const s = await h.open({ path: page('/od/missing.html', { tag: '<script src="/dist/cookiegate.js" data-files="/missing/"></script>' }) });
    // A first visit needs three files: the config check (without it the built-in default runs), the banner's, and
    // its texts. Each is named once.
    await expect.poll(() => s.cookiegateErrors.length, { timeout: 5000 }).toBe(3);
    await settle(h.server, 300);
    expect(s.cookiegateErrors.sort()).toEqual(
      ['check', 'texts', 'ui'].map((part) =>
        expect.stringMatching(
          new RegExp(`^cookiegate: part "${part}": could not load it \\(http://127\\.0\\.0\\.1:\\d+/missing/cookiegate-${part}\\.js did not run`),
        ),
      ),
    );
    expect(await s.page.locator('.cg-banner').count()).toBe(0);
    expect(h.server.requestsTo('/fixtures/od-perf.js')).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    // The banner's file was fetched ahead and asked for when the engine started: once or twice, as the 404 raced it.
    const uiAsked = h.server.requestsTo('/missing/cookiegate-ui.js').length;
    const textsAsked = h.server.requestsTo('/missing/cookiegate-texts.js').length;
    await evaluate(s.page, 'CookieGate.show()');
    await expect.poll(() => h.server.requestsTo('/missing/cookiegate-ui.js').length, { timeout: 5000 }).toBe(uiAsked + 1);
    await expect.poll(() => h.server.requestsTo('/missing/cookiegate-texts.js').length, { timeout: 5000 }).toBe(textsAsked + 1);
    await expect.poll(() => s.cookiegateErrors.length, { timeout: 5000 }).toBe(5);
    expect(h.server.requestsTo('/fixtures/od-perf.js')).toEqual([]);
  });

  it('a changed file (its integrity hash no longer matches) does not run: no banner, one error, nothing optional runs', async () => {
    const ui = readFileSync(join(REPO_ROOT, 'dist/cookiegate-ui.js'), 'utf8');
    const gate = readFileSync(join(REPO_ROOT, 'dist/cookiegate.js'), 'utf8');
    const check = readFileSync(join(REPO_ROOT, 'dist/cookiegate-check.js'), 'utf8');
    const texts = readFileSync(join(REPO_ROOT, 'dist/cookiegate-texts.js'), 'utf8');
    const serve = (path: string, body: string) =>
      h.server.route(path, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(body);
      });
    serve('/changed/cookiegate.js', gate);
    serve('/changed/cookiegate-check.js', check);
    serve('/changed/cookiegate-texts.js', texts);
    serve('/changed/cookiegate-ui.js', ui + '\nwindow.__tampered = true;');
    const s = await h.open({ path: page('/od/changed.html', { tag: '<script src="/changed/cookiegate.js"></script>' }) });
    await expect.poll(() => s.cookiegateErrors.length, { timeout: 5000 }).toBe(1);
    expect(s.cookiegateErrors[0]).toMatch(/part "ui": could not load it \(.*\/changed\/cookiegate-ui\.js did not run .*integrity/);
    expect(await evaluate(s.page, 'window.__tampered')).toBeUndefined();
    expect(await s.page.locator('.cg-banner').count()).toBe(0);
    await settle(h.server, 300);
    expect(h.server.requestsTo('/fixtures/od-perf.js')).toEqual([]);
  });
});
