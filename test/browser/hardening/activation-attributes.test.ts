/**
 * Activation copies only what the original element had, through the BUILT dist/cookiegate.js: a live script gets
 * the original's attributes (with `data-type` as `type` and `data-src` as `src`) plus `data-cg-state`, nothing
 * else; an image or iframe keeps its attributes and gains only `src`/`srcset` and `data-cg-state`. And the
 * consent cookie the bundle writes holds no personal data.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, useBrowserHarness } from '../harness';
import { waitForBanner } from '../harness/script-tag-pages';
import { clickAcceptAll, hardeningPage, inlineConfigText } from '../harness/hardening';

const h = useBrowserHarness(['dist/cookiegate.js']);

const BODY =
  '<script id="ext" class="tracker" type="text/plain" data-category="performance" data-service="ga" data-src="/fixtures/at-ext.js" crossorigin="anonymous" referrerpolicy="no-referrer" data-foo="1" async></script>' +
  '<script id="ext2" type="text/plain" data-category="performance" src="/fixtures/at-ext2.js" data-type="text/javascript"></script>' +
  '<script id="inl" type="text/plain" data-category="targeting" data-type="module" data-bar="x">(window.__cgLog = window.__cgLog || []).push("inline-module");</script>' +
  '<img id="img" class="px" data-category="targeting" data-src="/fixtures/at.gif" data-srcset="/fixtures/at.gif 1x, /fixtures/at2.gif 2x" alt="" width="1" height="1" loading="eager">' +
  '<iframe id="frm" data-category="social" data-src="/fixtures/at.html" title="Embed" width="200" height="100" allow="fullscreen" referrerpolicy="no-referrer"></iframe>' +
  '<script>window.__pageAlive = true;</script>';

const attrNames = (id: string) => `Array.from(document.getElementById(${JSON.stringify(id)}).attributes).map(function (a) { return a.name; }).sort()`;

describe('activation', () => {
  it('copies only the attributes the original element had', async () => {
    const config = { categories: { performance: { services: { ga: {} } } } };
    const path = hardeningPage(h.server, '/hd/attrs.html', { before: inlineConfigText(JSON.stringify(config)), body: BODY });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    const before: Record<string, string[]> = {};
    for (const id of ['ext', 'ext2', 'inl', 'img', 'frm']) before[id] = await evaluate<string[]>(s.page, attrNames(id));
    await clickAcceptAll(s.page);
    await expect.poll(() => evaluate(s.page, '(window.__cgLog || []).length')).toBe(3);

    const without = (list: string[], ...drop: string[]) => list.filter((n) => !drop.includes(n));
    const sorted = (list: string[]) => [...new Set(list)].sort();
    expect(await evaluate(s.page, attrNames('ext'))).toEqual(sorted([...without(before.ext!, 'data-cg-state', 'data-src'), 'src', 'data-cg-state']));
    expect(await evaluate(s.page, attrNames('ext2'))).toEqual(sorted([...without(before.ext2!, 'data-cg-state', 'data-type'), 'data-cg-state']));
    expect(await evaluate(s.page, attrNames('inl'))).toEqual(sorted([...without(before.inl!, 'data-cg-state', 'data-type'), 'data-cg-state']));
    expect(await evaluate(s.page, attrNames('img'))).toEqual(sorted([...before.img!, 'src', 'srcset', 'data-cg-state']));
    expect(await evaluate(s.page, attrNames('frm'))).toEqual(sorted([...before.frm!, 'src', 'data-cg-state']));
    // Values come across unchanged; the type is the one data-type asked for.
    expect(
      await evaluate(
        s.page,
        '[document.getElementById("ext").crossOrigin, document.getElementById("ext").referrerPolicy, document.getElementById("ext").getAttribute("data-foo"), document.getElementById("inl").type]',
      ),
    ).toEqual(['anonymous', 'no-referrer', '1', 'module']);
    // #ext is async (copied from the original): it runs when it has loaded, as in the page without a banner; the
    // others keep document order.
    const log = await evaluate<string[]>(s.page, 'window.__cgLog');
    expect([...log].sort()).toEqual(['at-ext', 'at-ext2', 'inline-module']);
    expect(log.indexOf('at-ext2')).toBeLessThan(log.indexOf('inline-module'));
    expect(s.pageErrors).toEqual([]);
  });
});

describe('the consent cookie the bundle writes', () => {
  it('holds only version, revision, hash, category ids, service names, a v4 UUID, two times, flags and the checked config’s fingerprint', async () => {
    const config = { controller: { name: 'Jane Doe Ltd' }, categories: { performance: { services: { ga: {}, hj: {} } } } };
    const path = hardeningPage(h.server, '/hd/cookie-format.html', {
      before: inlineConfigText(JSON.stringify(config)),
      body: '<script>window.__pageAlive = true;</script>',
    });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await evaluate(s.page, "window.CookieGate.accept(['performance', 'social'], { hj: false })");
    const cookies = await s.cookies();
    expect(cookies.map((c) => c.name)).toEqual(['cookiegate']);
    const value = cookies[0]!.value;
    expect(value).toMatch(
      /^1~1~[0-9a-z]{1,7}~performance\.social~!hj~[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}~[0-9a-z]{1,9}~[0-9a-z]{1,9}~g?c?~[0-9a-z]{1,7}$/,
    );
    expect(value).not.toMatch(/Jane|127\.0\.0\.1|Mozilla|HeadlessChrome|en-US/);
    expect(cookies[0]!.httpOnly).toBe(false);
    // Nothing else is stored: no localStorage or sessionStorage keys without a records endpoint.
    expect(await evaluate(s.page, 'localStorage.length + sessionStorage.length')).toBe(0);
  });
});
