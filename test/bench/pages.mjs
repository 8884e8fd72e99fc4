/**
 * The benchmark's pages, generated from one template so the three variants cannot drift apart: the same body, the
 * same blocked scripts (same markup, same category ids), the same five categories; only the consent library differs.
 *
 * - `baseline`: no consent library (the blocked scripts stay inert, nothing shows a banner).
 * - `cookiegate`: `dist/cookiegate.js` with an inline JSON config, in <head> (where the README puts it). Served as
 *   `/bench/cookiegate.js` from a copy read when the run starts, so a rebuild during the run cannot mix builds.
 * - `vanilla`: vanilla-cookieconsent 3: `dist/cookieconsent.css` in <head>, `dist/cookieconsent.umd.js` and
 *   `CookieConsent.run({...})` at the end of <body> as its docs show (in <head> `run()` throws: no document.body).
 *
 * Blocked scripts are local fixture files (test/bench/fixtures/*.js) that record `performance.now()` when they run.
 */

/** Same five categories in both configs: ids, services and cookies. */
export const CATEGORY_IDS = ['necessary', 'performance', 'functionality', 'targeting', 'social'];

/** The blocked scripts, identical markup for both libraries (both read `type="text/plain" data-category`). */
export const BLOCKED_SCRIPTS = [
  ['performance', '/test/bench/fixtures/analytics.js'],
  ['functionality', '/test/bench/fixtures/functional.js'],
  ['targeting', '/test/bench/fixtures/ads.js'],
  ['social', '/test/bench/fixtures/social.js'],
];
/** External scripts + one inline script. */
export const BLOCKED_SCRIPT_COUNT = BLOCKED_SCRIPTS.length + 1;

const blockedMarkup =
  BLOCKED_SCRIPTS.map(([category, src]) => `<script type="text/plain" data-category="${category}" src="${src}"></script>`).join('\n') +
  `\n<script type="text/plain" data-category="performance">(window.__benchRan = window.__benchRan || []).push(['inline', performance.now()]);</script>`;

export const COOKIEGATE_CONFIG = {
  revision: 1,
  controller: { name: 'Bench Ltd', policyUrl: '/privacy' },
  categories: {
    performance: { services: { ga: { label: 'Google Analytics', provider: 'Google', cookies: ['_ga', '/^_ga_/'] } } },
    targeting: { services: { ads: { label: 'Ad network', cookies: ['/^_ads/'] } } },
  },
};

const section = (title, description, linkedCategory) => ({ title, description, linkedCategory });

export const VANILLA_CONFIG_SOURCE = `{
  // Default true: it hides the banner from navigator.webdriver, i.e. from any automated browser.
  hideFromBots: false,
  revision: 1,
  guiOptions: { consentModal: { layout: 'box', position: 'bottom left' } },
  categories: {
    necessary: { enabled: true, readOnly: true },
    performance: {
      autoClear: { cookies: [{ name: '_ga' }, { name: /^_ga_/ }] },
      services: { ga: { label: 'Google Analytics' } }
    },
    functionality: {},
    targeting: {
      autoClear: { cookies: [{ name: /^_ads/ }] },
      services: { ads: { label: 'Ad network' } }
    },
    social: {}
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Your choice about cookies',
          description: 'Bench Ltd would like to use cookies and similar technology for statistics, to remember your settings, for advertising and for social media features. These are optional: the site works without them. You can accept them all, reject them all or pick per purpose, and change your mind any time under "Cookie preferences". <a href="/privacy">Privacy policy</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Manage preferences'
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          closeIconLabel: 'Close without saving',
          sections: ${JSON.stringify([
            { description: 'Choose which optional cookies we may use. Strictly necessary cookies keep the site working and are always on.' },
            section('Strictly necessary', 'Needed for the site to work and to remember your choice.', 'necessary'),
            section('Performance', 'Statistics about how the site is used.', 'performance'),
            section('Functionality', 'Remember your settings.', 'functionality'),
            section('Targeting', 'Advertising based on your interests.', 'targeting'),
            section('Social media', 'Sharing and embedded social media.', 'social'),
          ])}
        }
      }
    }
  }
}`;

const BODY = `
<header class="site"><a href="/">Bench Ltd</a> <nav><a href="/a">Products</a> <a href="/b">About</a> <a href="/privacy">Privacy</a></nav></header>
<main>
  <h1 id="bench-content">A minimal page</h1>
  <p>This page is the same for every variant of the benchmark: a header, a heading, three paragraphs and a footer.
  Its blocked scripts are inert until consent. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod
  tempor incididunt ut labore et dolore magna aliqua.</p>
  <p>Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis
  aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur.</p>
  <p>Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.</p>
</main>
<footer>© Bench Ltd</footer>
${blockedMarkup}
`;

const STYLE = `<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:42rem;padding:1rem}header.site{display:flex;justify-content:space-between}</style>`;

function page(head, tail = '') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cookiegate benchmark</title>
${STYLE}
${head}
</head>
<body>${BODY}${tail}</body>
</html>
`;
}

/** What each variant shows and what counts as its banner. */
export const VARIANTS = {
  baseline: {
    label: 'no consent library (baseline)',
    // No banner: the same "visible" test is applied to the page's own heading, i.e. the first frame that shows content.
    visibleSelector: '#bench-content',
    html: page(''),
  },
  cookiegate: {
    label: 'cookiegate',
    visibleSelector: '.cg-banner',
    html: page(
      `<script type="application/json" id="cookiegate-config">${JSON.stringify(COOKIEGATE_CONFIG)}</script>\n` +
        `<script src="/bench/cookiegate.js"></script>`,
    ),
  },
  vanilla: {
    label: 'vanilla-cookieconsent',
    visibleSelector: '#cc-main .cm',
    html: page(
      `<link rel="stylesheet" href="/node_modules/vanilla-cookieconsent/dist/cookieconsent.css">`,
      // At the end of <body>, as its docs place it: run() needs document.body (in <head> it throws) and only manages
      // the blocked scripts that exist when it runs.
      `<script src="/node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js"></script>\n` +
        `<script>CookieConsent.run(${VANILLA_CONFIG_SOURCE});</script>\n`,
    ),
  },
};

/**
 * Blocked elements for the activation-at-scale part, in a repeating block of twenty: ten images, eight inline scripts,
 * one external script, one iframe (half images, 45 % scripts, 5 % iframes; every element is one of the three kinds).
 * Iframes and images point at tiny local files (images all at one URL, so Chromium fetches it once and the serial
 * external scripts do not queue behind a thousand image requests to the one-threaded local server). Iframes are kept
 * few on purpose: each one is a browsing context, and
 * Chromium alone needs seconds for hundreds of them (500 iframes: about 2.3 s just to set their src), which would
 * measure Chromium, not the gating.
 */
export function blockedElements(n, offset = 0) {
  const categories = ['performance', 'functionality', 'targeting', 'social'];
  let html = '';
  for (let k = offset; k < offset + n; k++) {
    const c = categories[k % 4];
    const slot = k % 20;
    if (slot < 10) html += `<img data-category="${c}" data-src="/test/bench/fixtures/pixel.gif" width="1" height="1" alt="">`;
    else if (slot < 18) html += `<script type="text/plain" data-category="${c}">window.__benchScaleRan=(window.__benchScaleRan||0)+1</script>`;
    else if (slot === 18) html += `<script type="text/plain" data-category="${c}" src="/test/bench/fixtures/scale.js?i=${k}"></script>`;
    else html += `<iframe data-category="${c}" data-src="/test/bench/fixtures/frame.html?i=${k}" width="8" height="8" title="f${k}"></iframe>`;
  }
  return html;
}

/** Number of scripts (inline and external) among `blockedElements(n, offset)`. */
export function scriptCount(n, offset = 0) {
  let count = 0;
  for (let k = offset; k < offset + n; k++) if (k % 20 >= 10 && k % 20 <= 18) count++;
  return count;
}

export function scalePage(n) {
  return page(
    `<script type="application/json" id="cookiegate-config">${JSON.stringify(COOKIEGATE_CONFIG)}</script>\n` +
      `<script src="/bench/cookiegate.js"></script>`,
  ).replace('</body>', `<div id="bench-scale">${blockedElements(n)}</div><div id="bench-later"></div></body>`);
}
