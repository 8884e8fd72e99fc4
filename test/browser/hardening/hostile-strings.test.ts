/**
 * Hostile strings in config never become markup or script, through the BUILT dist/cookiegate.js: controller name
 * and policy URL, category titles and descriptions, service labels, providers, purposes and policy URLs, cookie
 * table entries, banner texts and the embed placeholder. After opening the banner, the preferences (every
 * expander open) and a placeholder: `window.__xss` is never set, no img/script/iframe/svg/style element exists
 * inside any cookiegate root, no `href` uses a script or data scheme, and the strings show as the characters typed.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { evaluate, useBrowserHarness } from '../harness';
import { waitForBanner } from '../harness/script-tag-pages';
import { PAGE_ALIVE, hardeningPage, inlineConfigText } from '../harness/hardening';
import { HOSTILE_STRINGS, HOSTILE_URLS } from '../../unit/hardening/arbitraries';

const h = useBrowserHarness(['dist/cookiegate.js']);

const pick = (i: number) => HOSTILE_STRINGS[i % HOSTILE_STRINGS.length]!;

/** A config with a hostile string in every text slot and `url` in every URL slot. */
function hostileConfig(url: string) {
  return {
    controller: { name: pick(0), policyUrl: url },
    categories: {
      performance: {
        title: pick(1),
        description: pick(5),
        services: {
          ga: {
            label: pick(2),
            provider: pick(3),
            purpose: pick(6),
            policyUrl: url,
            cookies: ['_ga', { name: pick(4), duration: pick(7), purpose: pick(8) }, { name: '_gid', duration: pick(9), purpose: pick(10) }],
          },
        },
      },
      social: { description: pick(11), services: { yt: { label: pick(12), provider: pick(13), purpose: pick(14) } } },
      custom: { title: pick(15), description: pick(16) + ' ' + pick(17), services: { chat: { label: pick(18), purpose: pick(19) } } },
      '<img src=x onerror="window.__xss=1">': {},
    },
    translations: {
      en: {
        banner: { title: pick(12), description: pick(5) + ' {controller} ' + pick(0), policy: pick(13) },
        modal: { title: pick(14), description: pick(6), save: pick(15) },
        placeholder: { title: pick(16), text: pick(17) + ' {service}', allow: 'Allow {service}' },
      },
    },
  };
}

/** JSON safe inside `<script>`: `<` escaped, so a `</script>` in a string cannot end the element early. */
const asInlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const BODY =
  '<iframe id="hd-frame" data-category="social" data-service="yt" data-src="/fixtures/hd-embed.html" title="Embed" width="300" height="200"></iframe>' +
  '<img data-category="performance" data-service="<svg onload=window.__xss=1>" data-src="/fixtures/hd-x.gif" alt="">' +
  PAGE_ALIVE;

const FORBIDDEN = 'img, script, iframe, svg, math, object, embed, style, link, meta, base, form, frame, video, audio, source';

/** Everything an injection would leave behind, in every cookiegate root (banner, dialog, placeholders). */
async function injectionTraces(page: Page) {
  return evaluate<{ xss: unknown; elements: string[]; hrefs: string[]; handlers: string[] }>(
    page,
    `(function () {
      var roots = Array.from(document.querySelectorAll('.cg-root'));
      var all = roots.flatMap(function (r) { return [r].concat(Array.from(r.querySelectorAll('*'))); });
      return {
        xss: window.__xss,
        elements: roots.flatMap(function (r) { return Array.from(r.querySelectorAll(${JSON.stringify(FORBIDDEN)})).map(function (e) { return e.outerHTML.slice(0, 80); }); }),
        hrefs: all.filter(function (e) { return e.hasAttribute('href') || e.hasAttribute('src') || e.hasAttribute('action') || e.hasAttribute('formaction'); })
          .map(function (e) { return e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || e.getAttribute('formaction'); }),
        handlers: all.flatMap(function (e) { return Array.from(e.attributes).filter(function (a) { return /^on/i.test(a.name); }).map(function (a) { return a.name; }); }),
      };
    })()`,
  );
}

function expectClean(traces: Awaited<ReturnType<typeof injectionTraces>>) {
  expect(traces.xss).toBeUndefined();
  expect(traces.elements).toEqual([]);
  expect(traces.handlers).toEqual([]);
  for (const href of traces.hrefs) expect(href.replace(/[\x00-\x20\x7f]/g, ''), href).not.toMatch(/^(javascript|data|vbscript):/i);
}

/** Opens the banner, then the preferences with every expander open. */
async function openEverything(page: Page) {
  await waitForBanner(page);
  await page.locator('.cg-banner').getByRole('button', { name: 'Manage preferences' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  for (let i = 0; i < 20; i++) {
    const closed = dialog.locator('[aria-expanded="false"]');
    if ((await closed.count()) === 0) break;
    await closed.first().click();
  }
  return dialog;
}

describe('hostile strings in config', () => {
  it('render as text everywhere: banner, preferences with every expander open, embed placeholder', async () => {
    const config = hostileConfig('/privacy');
    const path = hardeningPage(h.server, '/hd/xss.html', { before: inlineConfigText(asInlineJson(config)), body: BODY });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    expectClean(await injectionTraces(s.page));
    const banner = await s.page.locator('.cg-banner').textContent();
    expect(banner).toContain(pick(12)); // the banner title, as typed
    expect(banner).toContain(pick(0)); // the controller name, as typed

    const dialog = await openEverything(s.page);
    expectClean(await injectionTraces(s.page));
    const text = (await dialog.textContent())!;
    for (const i of [1, 2, 3, 7, 13, 15, 18]) expect(text, pick(i)).toContain(pick(i));
    // `[label](javascript:…)` stays text: the label shows, no link is made from it.
    expect(await dialog.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).not.toContainEqual(expect.stringMatching(/script|data:/i));

    const placeholder = s.page.frameLocator('iframe[data-category]').first().locator('.cg-ph');
    await placeholder.waitFor();
    expect(await placeholder.textContent()).toContain(pick(12));
    expectClean(await injectionTraces(s.page));
    expect(await evaluate(s.page, 'window.__pageAlive')).toBe(true);
    expect(s.pageErrors).toEqual([]);
    // The hostile category id and the hostile data-service are reported (console only), never rendered as markup.
    expect(s.cookiegateErrors.some((e) => e.includes('categories.<img src=x onerror="window.__xss=1">'))).toBe(true);
    expect(s.cookiegateErrors.some((e) => e.includes('unknown service "<svg onload=window.__xss=1>"'))).toBe(true);
  });

  it.each(HOSTILE_URLS.map((u) => [JSON.stringify(u), u]))('refuses %s as policy URL: reported, never rendered as href', async (_, url) => {
    const config = hostileConfig(url);
    const path = hardeningPage(h.server, '/hd/xss-url.html', { before: inlineConfigText(asInlineJson(config)), body: BODY });
    const s = await h.open({ path });
    await openEverything(s.page);
    const traces = await injectionTraces(s.page);
    expectClean(traces);
    expect(traces.hrefs.filter((href) => href.includes('__xss') || href.includes('msgbox'))).toEqual([]);
    expect(s.cookiegateErrors.filter((e) => /not a safe URL/.test(e)).map((e) => e.split(': ')[1])).toEqual([
      'controller.policyUrl',
      'categories.performance.services.ga.policyUrl',
    ]);
    // Clicking every link in the UI runs nothing.
    const links = s.page.locator('.cg-root a');
    for (let i = 0; i < (await links.count()); i++)
      await links
        .nth(i)
        .click({ modifiers: ['ControlOrMeta'] })
        .catch(() => undefined);
    expect(await evaluate(s.page, 'window.__xss')).toBeUndefined();
    expect(s.pageErrors).toEqual([]);
  });
});
