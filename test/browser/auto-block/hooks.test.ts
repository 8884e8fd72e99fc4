/**
 * Every way blocking by host catches a request, through the built dist/cookiegate.autoblock.js, with the vendors'
 * code as they publish it (the Google tag, Hotjar's tracking code, a YouTube embed, Meta's `<noscript>` pixel):
 * scripts in the HTML after the tag, `createElement` plus `appendChild`/`insertBefore`, `setAttribute('src')`,
 * `innerHTML`, `insertAdjacentHTML`, `document.write` while the page parses, and `XMLHttpRequest`. Held elements
 * must then behave exactly like marked ones: scripts run once each and in document order on the grant, an iframe goes
 * back to blocked on withdrawal. Hosts no service in the config claims, catalogue hosts included, are left alone.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, gatedElements, settle, useBrowserHarness, type PageSession } from '../harness';
import { htmlDocument } from '../harness/script-tag-pages';
import { gtagSnippet } from '../harness/vendor-snippets';
import { FRAME, PIXEL, hits as vendorHits, openVendorPage, order, ran, script, type HostFile } from './vendor-hosts';

const h = useBrowserHarness(['dist/cookiegate.autoblock.js', 'dist/cookiegate-embeds.js']);

const CONFIG = {
  revision: 1,
  autoBlock: true,
  controller: { name: 'Shop Ltd', policyUrl: '/privacy' },
  categories: {
    performance: { services: { 'google-analytics': {}, hotjar: {} } },
    targeting: { services: { 'meta-pixel': {} } },
    social: { services: { youtube: {} } },
  },
};

/** Hotjar's tracking code as Hotjar gives it (`createElement`, then `appendChild` to `<head>`). */
const HOTJAR_SNIPPET = `<!-- Hotjar Tracking Code for https://shop.example -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:1234567,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>`;

/** YouTube's "Share → Embed" code. */
const YOUTUBE_EMBED =
  '<iframe width="560" height="315" src="https://www.youtube.com/embed/aBcDeFgHiJk?si=Xy12" title="YouTube video player" frameborder="0" ' +
  'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" ' +
  'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>';

/** Meta's `<noscript>` pixel, as a tag manager writes it into the page. */
const META_NOSCRIPT_PIXEL =
  '<img id="meta-noscript" height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=123456789&ev=PageView&noscript=1"/>';

/** The site's own code and a CMS widget: what other scripts insert, each through a different door. */
const SITE_CODE = `<script>
  document.getElementById('video').innerHTML = ${JSON.stringify(YOUTUBE_EMBED)};
  document.getElementById('other-video').innerHTML = '<iframe id="vimeo" title="Vimeo" src="https://player.vimeo.com/video/76979871"></iframe>';
  document.getElementById('ads').insertAdjacentHTML('beforeend', ${JSON.stringify(META_NOSCRIPT_PIXEL)});
  document.getElementById('ads').insertAdjacentHTML('afterbegin', '<iframe id="unlisted-frame" title="Widget" src="https://cdn.unlisted-example.com/frame.html"></iframe>');
  document.write('<script src="https://connect.facebook.net/signals/config/123456789.js"><\\/script>');
  document.write('<script src="https://cdn.unlisted-example.com/written.js"><\\/script>');
  var heatmap = document.createElement('script');
  heatmap.setAttribute('src', 'https://script.hotjar.com/modules.set-attribute.js');
  document.body.appendChild(heatmap);
  window.__xhr = function (url) {
    return new Promise(function (resolve) {
      var x = new XMLHttpRequest();
      x.open('GET', url);
      x.onload = function () { resolve('load ' + x.status); };
      x.onerror = function () { resolve('error'); };
      x.send();
    });
  };
</script>`;

const HOSTS: Record<string, HostFile> = {
  'www.googletagmanager.com/gtag/js': script('gtag'),
  'static.hotjar.com/c/hotjar-1234567.js': script('hotjar'),
  // The first of two plain scripts in the HTML answers late: the second must still run after it.
  'script.hotjar.com/modules.js': script('hotjar-modules', '', 400),
  'www.google-analytics.com/analytics.js': script('analytics'),
  'script.hotjar.com/modules.set-attribute.js': script('set-attribute'),
  'connect.facebook.net/signals/config/123456789.js': script('written'),
  'www.facebook.com/tr': PIXEL,
  'www.youtube.com/embed/aBcDeFgHiJk': FRAME,
  'player.vimeo.com/video/76979871': FRAME,
  'cdn.unlisted-example.com/frame.html': FRAME,
  'cdn.unlisted-example.com/written.js': script('unlisted-written'),
};

/**
 * Scripts written in the HTML with `src`. Chromium's preload scanner requests them while the parser waits for
 * cookiegate's own file, before any script can act (README: what autoBlock cannot catch); autoBlock keeps them from
 * running. Their requests are not counted below, their runs are.
 */
const IN_HTML = ['www.googletagmanager.com/gtag/js', 'script.hotjar.com/modules.js', 'www.google-analytics.com/analytics.js'];
/** Every other claimed file above: none may be asked for before consent. */
const CLAIMED = Object.keys(HOSTS).filter((hostPath) => !/^(player\.vimeo\.com|cdn\.unlisted-example\.com)\//.test(hostPath) && !IN_HTML.includes(hostPath));

const ALL_SCRIPTS = { gtag: 1, hotjar: 1, 'hotjar-modules': 1, analytics: 1, 'set-attribute': 1, written: 1, 'unlisted-written': 1 };

async function open(): Promise<PageSession> {
  const head =
    '<script type="application/json" id="cookiegate-config">' +
    JSON.stringify(CONFIG) +
    '</script>' +
    '<script src="/dist/cookiegate.autoblock.js"></script>' +
    gtagSnippet('G-TEST1') +
    HOTJAR_SNIPPET;
  const body =
    '<h1>Shop</h1><div id="video"></div><div id="other-video"></div><div id="ads"></div>' +
    SITE_CODE +
    '<script src="https://script.hotjar.com/modules.js"></script><script src="https://www.google-analytics.com/analytics.js"></script>';
  const s = await openVendorPage(h, '/auto-block-hooks.html', htmlDocument(head, body), HOSTS);
  await s.page.locator('.cg-banner').first().waitFor({ state: 'visible' });
  await settle(h.server, 300);
  return s;
}

const hits = (hostPath: string) => vendorHits(h, hostPath);
/** Calls the script tag's API, `CookieGate.<call>`, as a site's own "privacy settings" code would. */
const cookieGate = (s: PageSession, call: string) => s.page.evaluate('void window.CookieGate.' + call);
const youtube = async (s: PageSession) => (await gatedElements(s.page)).find((el) => el.service === 'youtube' && el.tag === 'iframe');

describe('autoBlock catches every door (dist/cookiegate.autoblock.js)', () => {
  it('holds each claimed request before consent and leaves hosts no configured service claims alone', async () => {
    const s = await open();
    for (const hostPath of CLAIMED) expect(hits(hostPath), hostPath + ' before consent').toEqual([]);
    expect(await ran(s.page)).toEqual({ 'unlisted-written': 1 });
    // Vimeo is in the catalogue but not in this config; the other host is in no catalogue.
    expect(hits('player.vimeo.com/video/76979871')).toHaveLength(1);
    expect(hits('cdn.unlisted-example.com/frame.html')).toHaveLength(1);
    expect(await s.page.getAttribute('#vimeo', 'src')).toBe('https://player.vimeo.com/video/76979871');

    // Held elements are marked elements now: the service that claims the host, and its category.
    const held = (await gatedElements(s.page)).map(({ tag, category, service, src, dataSrc }) => ({ tag, category, service, src, dataSrc }));
    expect(held).toEqual(
      expect.arrayContaining([
        { tag: 'script', category: 'performance', service: 'google-analytics', src: null, dataSrc: 'https://www.googletagmanager.com/gtag/js?id=G-TEST1' },
        { tag: 'script', category: 'performance', service: 'hotjar', src: null, dataSrc: 'https://static.hotjar.com/c/hotjar-1234567.js?sv=6' },
        { tag: 'script', category: 'performance', service: 'hotjar', src: null, dataSrc: 'https://script.hotjar.com/modules.set-attribute.js' },
        { tag: 'script', category: 'targeting', service: 'meta-pixel', src: null, dataSrc: 'https://connect.facebook.net/signals/config/123456789.js' },
        { tag: 'iframe', category: 'social', service: 'youtube', src: null, dataSrc: 'https://www.youtube.com/embed/aBcDeFgHiJk?si=Xy12' },
        { tag: 'img', category: 'targeting', service: 'meta-pixel', src: null, dataSrc: 'https://www.facebook.com/tr?id=123456789&ev=PageView&noscript=1' },
        { tag: 'script', category: 'performance', service: 'hotjar', src: null, dataSrc: 'https://script.hotjar.com/modules.js' },
        { tag: 'script', category: 'performance', service: 'google-analytics', src: null, dataSrc: 'https://www.google-analytics.com/analytics.js' },
      ]),
    );
    expect(await evaluate(s.page, "window.__xhr('https://www.facebook.com/tr?ev=xhr')")).toBe('error');
    expect(await evaluate(s.page, "window.__xhr('https://cdn.unlisted-example.com/frame.html')")).toBe('load 200');
    await settle(h.server, 200);
    expect(hits('www.facebook.com/tr')).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('reads inserted HTML as the parser will: beside a script, in a table body, through entities, as the code of a script', async () => {
    const s = await open();
    const result = await s.page.evaluate(`(() => {
      const loader = document.createElement('script');
      loader.id = 'loader';
      document.body.append(loader);
      // A widget's loader puts its embed right after its own tag (as after document.currentScript).
      loader.insertAdjacentHTML('afterend', ${JSON.stringify(YOUTUBE_EMBED.replace('<iframe', '<iframe id="beside"'))});
      const table = document.createElement('table');
      document.body.append(table);
      const body = table.createTBody();
      // Entities, in the query and even in the host name, are read as the parser reads them.
      body.innerHTML = '<tr><td><img id="row-pixel" alt="" src="https://www.facebook.com/tr?id=1&amp;ev=Row"><img id="entity-host" alt="" src="https://www&#46;facebook.com/tr?id=3"></td></tr>';
      const code = "window.__markup = '<img src=\\"https://www.facebook.com/tr?id=2\\">';";
      const inline = document.createElement('script');
      inline.innerHTML = code;
      return {
        beside: [document.getElementById('beside').getAttribute('src'), document.getElementById('beside').getAttribute('data-service')],
        row: [document.getElementById('row-pixel').parentElement.parentElement.parentElement === body, document.getElementById('row-pixel').getAttribute('data-src')],
        entityHost: document.getElementById('entity-host').getAttribute('data-service'),
        code: inline.text === code,
      };
    })()`);
    expect(result).toEqual({
      beside: [null, 'youtube'],
      row: [true, 'https://www.facebook.com/tr?id=1&ev=Row'],
      entityHost: 'meta-pixel',
      code: true,
    });
    await settle(h.server, 200);
    expect(hits('www.youtube.com/embed/aBcDeFgHiJk')).toEqual([]);
    expect(hits('www.facebook.com/tr')).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  it('on the grant runs each held script once, the plain ones in document order, and loads the held embed and pixel', async () => {
    const s = await open();
    await cookieGate(s, 'acceptAll()');
    await expect.poll(() => ran(s.page)).toEqual(ALL_SCRIPTS);
    const ranOrder = await order(s.page);
    expect(ranOrder.indexOf('hotjar-modules')).toBeLessThan(ranOrder.indexOf('analytics'));
    await h.server.waitForRequest('/hosts/www.youtube.com/embed/aBcDeFgHiJk');
    await h.server.waitForRequest('/hosts/www.facebook.com/tr');
    expect(await evaluate(s.page, "window.__xhr('https://www.facebook.com/tr?ev=xhr')")).toBe('load 200');
    await settle(h.server, 300);
    for (const hostPath of CLAIMED.filter((p) => p !== 'www.facebook.com/tr')) expect(hits(hostPath), hostPath).toHaveLength(1);
    expect(await ran(s.page)).toEqual(ALL_SCRIPTS);
    expect((await youtube(s))?.state).toBe('active');
    expect(s.pageErrors).toEqual([]);
  });

  it('on withdrawal puts the held embed back to blocked like a marked one, holds new inserts again, and never runs a script twice', async () => {
    const s = await open();
    await cookieGate(s, 'acceptAll()');
    await expect.poll(() => ran(s.page)).toEqual(ALL_SCRIPTS);
    await expect.poll(async () => (await youtube(s))?.state).toBe('active');

    await cookieGate(s, "accept(['performance'])");
    await expect.poll(async () => (await youtube(s))?.state).toBe('blocked');
    const frame = (await youtube(s))!;
    expect(frame.src === null || frame.src === 'about:blank').toBe(true);

    await s.page.evaluate(
      `document.getElementById('ads').insertAdjacentHTML('beforeend', ${JSON.stringify(YOUTUBE_EMBED.replace('<iframe', '<iframe id="second"'))})`,
    );
    await settle(h.server, 300);
    expect(hits('www.youtube.com/embed/aBcDeFgHiJk')).toHaveLength(1);
    expect(await s.page.getAttribute('#second', 'data-service')).toBe('youtube');

    await cookieGate(s, 'acceptAll()');
    await expect.poll(() => hits('www.youtube.com/embed/aBcDeFgHiJk').length).toBe(3);
    await settle(h.server, 300);
    expect(await ran(s.page)).toEqual(ALL_SCRIPTS);
    expect(s.pageErrors).toEqual([]);
  });
});
