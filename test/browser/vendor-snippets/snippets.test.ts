/**
 * Vendor snippets pasted as their vendors publish them (Meta Pixel, Google Tag Manager, gtag.js), their scripts
 * served under their real hosts by the test. Asserted:
 * - a `<noscript>` fallback that loads a third-party URL gets one `cookiegate advice:` line naming it;
 * - with the config from a URL (it arrives after the snippets ran), Meta's `fbq('init')` and a Google tag's `config`
 *   before cookiegate's denied state are each reported by one `cookiegate:` error naming the vendor and the fix;
 * - the switches on the tag (`data-vendors="meta"`, `data-consent-mode`) make the safe order hold with the same
 *   URL config: `revoke` before `init`, `consent default` before `config`, no error, nothing sent before consent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, settle, useBrowserHarness, type PageSession } from '../harness';
import { commands, dataLayer } from '../harness/integration-pages';
import { htmlDocument, serveHtml, serveJson } from '../harness/script-tag-pages';
import { gtagSnippet, metaPixelSnippet } from '../harness/vendor-snippets';

const h = useBrowserHarness(['dist/cookiegate.js']);

const FBEVENTS = readFileSync(join(REPO_ROOT, 'test/browser/pages/integrations/stubs/fbevents.js'), 'utf8');
/** gtag.js itself: the snippet below queues its own commands, so the stand-in only counts its runs. */
const GTAG = 'window.__gtagRuns = (window.__gtagRuns || 0) + 1;';
const CONTAINER = readFileSync(join(REPO_ROOT, 'test/browser/pages/sites/gtm-container.js'), 'utf8');

/** Meta Pixel base code as Meta's Events Manager gives it, with its `<noscript>`. */
const META = metaPixelSnippet('123456789012345');

/** gtag.js as Google Analytics gives it. */
const GA = gtagSnippet('G-TEST123');

/** The body part of the GTM snippet. */
const GTM_NOSCRIPT = `<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-TEST123"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->`;

const CONFIG = {
  revision: 1,
  controller: { name: 'Shop Ltd', policyUrl: '/privacy' },
  googleConsentMode: { mode: 'advanced' },
  vendors: { meta: 'targeting' },
};

let served = 0;
/** A shop page with cookiegate first, then the snippets; the config inline or from `/cookiegate-N.json`. */
function shopPage(where: 'inline' | 'url', tagAttrs = '', body = '', config: object = CONFIG): string {
  const n = ++served;
  let head: string;
  if (where === 'inline') {
    head = '<script type="application/json" id="cookiegate-config">' + JSON.stringify(CONFIG) + '</script><script src="/dist/cookiegate.js"></script>';
  } else {
    serveJson(h.server, '/cookiegate-' + n + '.json', config, { delayMs: 200 });
    head = '<script src="/dist/cookiegate.js" data-config="/cookiegate-' + n + '.json"' + tagAttrs + '></script>';
  }
  return serveHtml(h.server, '/shop-' + n + '.html', htmlDocument(head + META + GA, '<h1>Shop</h1>' + body));
}

interface Logged {
  s: PageSession;
  errors: string[];
  advice: string[];
}

/** Opens `path` with the vendors' hosts answered by the test's stand-ins, recording cookiegate's console lines. */
async function open(path: string): Promise<Logged> {
  const s = await h.open();
  const errors: string[] = [];
  const advice: string[] = [];
  s.page.on('console', (m) => {
    if (m.text().startsWith('cookiegate advice:')) advice.push(m.text());
    else if (m.type() === 'error' && m.text().startsWith('cookiegate:')) errors.push(m.text());
  });
  await s.page.route('https://connect.facebook.net/**', (route) => route.fulfill({ contentType: 'text/javascript', body: FBEVENTS }));
  await s.page.route('https://www.googletagmanager.com/gtag/js**', (route) => route.fulfill({ contentType: 'text/javascript', body: GTAG }));
  await s.page.route('https://www.googletagmanager.com/gtm.js**', (route) => route.fulfill({ contentType: 'text/javascript', body: CONTAINER }));
  await s.goto(path);
  await s.page.waitForFunction('window.CookieGate && document.querySelector(".cg-banner")', undefined, { timeout: 10_000 });
  await settle(h.server, 300);
  return { s, errors, advice };
}

/** Meta calls in the order fbevents received them (the stand-in logs each). */
const metaCalls = (s: PageSession) => s.page.evaluate('(window.__fbLog || []).map(function (c) { return c.slice(0, 2).join(" "); })') as Promise<string[]>;

describe('vendor snippets as published', () => {
  it('a <noscript> fallback loading a third-party URL gets one advice line each; cookiegate first with an inline config reports nothing else', async () => {
    const { errors, advice } = await open(shopPage('inline', '', GTM_NOSCRIPT + '<noscript><img src="/own-pixel.gif" alt=""></noscript>'));
    // Beside the two <noscript> lines, the one advice this shop's own config asks for: its advanced Consent Mode.
    const noscript = advice.filter((line) => line.startsWith('cookiegate advice: <noscript>:'));
    expect(advice.filter((line) => !noscript.includes(line))).toEqual([expect.stringMatching(/^cookiegate advice: googleConsentMode\.mode: is "advanced"/)]);
    expect(noscript).toHaveLength(2);
    expect(noscript[0]).toMatch(
      /^cookiegate advice: <noscript>: loads https:\/\/www\.facebook\.com\/tr\?id=123456789012345.* when JavaScript is off, so without consent; remove/,
    );
    expect(noscript[1]).toMatch(/^cookiegate advice: <noscript>: loads https:\/\/www\.googletagmanager\.com\/ns\.html\?id=GTM-TEST123/);
    expect(errors).toEqual([]);
  });

  it('a config from a URL arrives too late: fbq("init") and gtag config ran first, and each is one error naming the vendor and the fix', async () => {
    const { s, errors } = await open(shopPage('url'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(
      /^cookiegate: vendors\.meta: fbq\("init"\) ran before cookiegate's revoke; put cookiegate\.js before it, synchronous, with the config inline or data-vendors="meta" on its tag, or gate the snippet$/,
    );
    expect(errors[1]).toMatch(
      /^cookiegate: googleConsentMode: a Google tag ran before cookiegate's consent default; .*data-consent-mode on its tag, or gate the tag$/,
    );
    // What the errors are about: Meta saw init before any consent call, gtag saw config before the default.
    expect((await metaCalls(s)).slice(0, 2)).toEqual(['init 123456789012345', 'track PageView']);
    expect(commands(await dataLayer(s.page)).slice(0, 3)).toEqual(['js', 'config G-TEST123', 'consent default']);
  });

  it('a late config with a problem the build cannot read past still gets its late-vendor errors, beside the problem', async () => {
    const { errors } = await open(shopPage('url', '', '', { ...CONFIG, callbacks: 5 }));
    expect(errors).toEqual([
      expect.stringMatching(/^cookiegate: callbacks: /),
      expect.stringMatching(/^cookiegate: vendors\.meta: fbq\("init"\) ran before cookiegate's revoke/),
      expect.stringMatching(/^cookiegate: googleConsentMode: a Google tag ran before cookiegate's consent default/),
    ]);
  });

  it('with data-vendors="meta" and data-consent-mode on the tag, the same URL config keeps the safe order, reports nothing, and Meta sends nothing before consent', async () => {
    const { s, errors } = await open(shopPage('url', ' data-vendors="meta" data-consent-mode="advanced"'));
    expect(errors).toEqual([]);
    expect((await metaCalls(s)).slice(0, 3)).toEqual(['consent revoke', 'init 123456789012345', 'track PageView']);
    const list = commands(await dataLayer(s.page));
    expect(list.slice(0, 3)).toEqual(['consent default', 'js', 'config G-TEST123']);
    expect(list.filter((c) => c === 'consent default')).toHaveLength(1);
    expect(h.server.requestsTo('/vendor/tr')).toHaveLength(0);
    // The grant still comes from the config once it is there.
    await s.page.evaluate('CookieGate.acceptAll()');
    await h.server.waitForRequest('/vendor/tr');
    expect(await metaCalls(s)).toContain('consent grant');
  });
});
