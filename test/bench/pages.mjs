/**
 * The benchmark's pages, generated from one template so the variants cannot drift apart: the same body, the
 * same blocked scripts (same files, same order, same category ids), the same five categories; only the consent library
 * (and, for Klaro, the attributes it reads on the blocked scripts) differs.
 *
 * - `baseline`: no consent library (the blocked scripts stay inert, nothing shows a banner).
 * - `cookiegate`: `dist/cookiegate.js` with an inline JSON config, synchronous in <head> (where the README puts it).
 *   The whole `dist/` folder is served under `/bench/dist/` from a copy read when the run starts (so a rebuild during
 *   the run cannot mix builds), and every file the page requests from there counts as cookiegate's: the script tag may
 *   load more files from beside itself.
 * - `cookiegate-defer`: the same with `defer` on the script tag, still in <head>.
 * - `vanilla`: vanilla-cookieconsent 3: `dist/cookieconsent.css` in <head>, `dist/cookieconsent.umd.js` and
 *   `CookieConsent.run({...})` at the end of <body> as its docs show (in <head> `run()` throws: no document.body).
 *   Its two files are served under `/bench/vcc/`.
 * - `klaro`: Klaro 0.7 as its README shows for a script tag: the `klaroConfig` global (here an inline script) before
 *   `dist/klaro.js` with `defer`, both in <head>. `klaro.js` is the build with its CSS inside (the README's default;
 *   `klaro-no-css.js` is for sites that bring their own styles): Klaro injects its styles when it renders, much as
 *   cookiegate's script tag does. Klaro renders at DOMContentLoaded (a deferred script runs just before it). Served as
 *   `/bench/klaro/klaro.js`.
 *
 * Every page has the same footer button "Change cookie settings": on the vanilla-cookieconsent page it carries
 * `data-cc="show-preferencesModal"`, on Klaro's it calls `klaro.show(undefined, true)`; elsewhere it does nothing
 * (cookiegate's own re-open control is its floating "Cookie preferences" button).
 *
 * Blocked scripts are local fixture files (test/bench/fixtures/*.js) that record `performance.now()` when they run.
 */

/** The same five categories in every config: ids, services and cookies. */
export const CATEGORY_IDS = ['necessary', 'performance', 'functionality', 'targeting', 'social'];

/** The blocked scripts: cookiegate and vanilla-cookieconsent read the same markup (`type="text/plain" data-category`). */
export const BLOCKED_SCRIPTS = [
  ['performance', '/test/bench/fixtures/analytics.js'],
  ['functionality', '/test/bench/fixtures/functional.js'],
  ['targeting', '/test/bench/fixtures/ads.js'],
  ['social', '/test/bench/fixtures/social.js'],
];
/** External scripts + one inline script. */
export const BLOCKED_SCRIPT_COUNT = BLOCKED_SCRIPTS.length + 1;

const INLINE_BLOCKED = `(window.__benchRan = window.__benchRan || []).push(['inline', performance.now()]);`;

/** The blocked scripts as cookiegate and vanilla-cookieconsent read them (gated by category). */
const blockedMarkup =
  BLOCKED_SCRIPTS.map(([category, src]) => `<script type="text/plain" data-category="${category}" src="${src}"></script>`).join('\n') +
  `\n<script type="text/plain" data-category="performance">${INLINE_BLOCKED}</script>`;

/**
 * Klaro gates by service, not by category: a blocked script names one service (`data-name`), a service lists its
 * purposes, and the purposes are the five categories. Mapping, category → the service its blocked scripts name:
 * performance → `ga` and targeting → `ads` (the services the other two configs declare in those categories);
 * functionality → `functionality` and social → `social` (those categories declare no service, so each gets one named
 * after it); necessary → `necessary` (required, as the other two make that category; it gates no script).
 */
export const KLARO_SERVICE_OF = { performance: 'ga', functionality: 'functionality', targeting: 'ads', social: 'social' };

/** The same blocked scripts in Klaro's markup: `type="text/plain" data-type data-name data-src`. */
const klaroBlockedMarkup =
  BLOCKED_SCRIPTS.map(
    ([category, src]) => `<script type="text/plain" data-type="text/javascript" data-name="${KLARO_SERVICE_OF[category]}" data-src="${src}"></script>`,
  ).join('\n') + `\n<script type="text/plain" data-type="text/javascript" data-name="${KLARO_SERVICE_OF.performance}">${INLINE_BLOCKED}</script>`;

export const COOKIEGATE_CONFIG = {
  revision: 1,
  controller: { name: 'Bench Ltd', policyUrl: '/privacy' },
  categories: {
    // Complete, as README asks of a site (provider, cookie durations): an incomplete one adds console.warn advice.
    performance: {
      services: {
        ga: {
          label: 'Google Analytics',
          provider: 'Google',
          cookies: [
            { name: '_ga', duration: '2 years' },
            { name: '/^_ga_/', duration: '2 years' },
          ],
        },
      },
    },
    targeting: { services: { ads: { label: 'Ad network', provider: 'Ad network', cookies: [{ name: '/^_ads/', duration: '90 days' }] } } },
  },
};

/** The texts vanilla-cookieconsent and Klaro are given (cookiegate shows its own English defaults). */
const NOTICE_TEXT =
  'Bench Ltd would like to use cookies and similar technology for statistics, to remember your settings, for advertising and for social media features. These are optional: the site works without them. You can accept them all, reject them all or pick per purpose, and change your mind any time under "Cookie preferences". <a href="/privacy">Privacy policy</a>';
const PREFERENCES_TEXT = 'Choose which optional cookies we may use. Strictly necessary cookies keep the site working and are always on.';
/** Category id → [title, description]. */
const CATEGORY_TEXTS = {
  necessary: ['Strictly necessary', 'Needed for the site to work and to remember your choice.'],
  performance: ['Performance', 'Statistics about how the site is used.'],
  functionality: ['Functionality', 'Remember your settings.'],
  targeting: ['Targeting', 'Advertising based on your interests.'],
  social: ['Social media', 'Sharing and embedded social media.'],
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
          description: ${JSON.stringify(NOTICE_TEXT)},
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
            { description: PREFERENCES_TEXT },
            ...CATEGORY_IDS.map((id) => section(CATEGORY_TEXTS[id][0], CATEGORY_TEXTS[id][1], id)),
          ])}
        }
      }
    }
  }
}`;

/**
 * Klaro's config: its notice (not the modal first: `mustConsent: false`, `noticeAsModal: false`) with an accept-all
 * button (`acceptAll: true`; the notice labels it "That's ok", Klaro's English default), the same five purposes and
 * the services of `KLARO_SERVICE_OF`. A JavaScript literal (the cookie patterns are regular expressions).
 */
export const KLARO_CONFIG_SOURCE = `{
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  default: false,
  mustConsent: false,
  acceptAll: true,
  noticeAsModal: false,
  htmlTexts: true,
  lang: 'en',
  purposeOrder: ${JSON.stringify(CATEGORY_IDS)},
  translations: {
    zz: { privacyPolicyUrl: '/privacy' },
    en: {
      consentNotice: { description: ${JSON.stringify(NOTICE_TEXT)} },
      consentModal: { title: 'Cookie preferences', description: ${JSON.stringify(PREFERENCES_TEXT)} },
      purposes: ${JSON.stringify(Object.fromEntries(CATEGORY_IDS.map((id) => [id, { title: CATEGORY_TEXTS[id][0], description: CATEGORY_TEXTS[id][1] }])))}
    }
  },
  services: [
    { name: 'necessary', title: 'Strictly necessary', purposes: ['necessary'], required: true },
    { name: 'ga', title: 'Google Analytics', purposes: ['performance'], cookies: ['_ga', /^_ga_/] },
    { name: 'functionality', title: 'Functionality', purposes: ['functionality'] },
    { name: 'ads', title: 'Ad network', purposes: ['targeting'], cookies: [/^_ads/] },
    { name: 'social', title: 'Social media', purposes: ['social'] }
  ]
}`;

const body = (blocked, reopenAttributes) => `
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
<footer>© Bench Ltd <button type="button" id="bench-reopen"${reopenAttributes}>Change cookie settings</button></footer>
${blocked}
`;

const STYLE = `<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:42rem;padding:1rem}header.site{display:flex;justify-content:space-between}</style>`;

function page(head, tail = '', blocked = blockedMarkup, reopenAttributes = '') {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cookiegate benchmark</title>
${STYLE}
${head}
</head>
<body>${body(blocked, reopenAttributes)}${tail}</body>
</html>
`;
}

/** Where each library's files are served: every request under its prefix counts as that library's bytes. */
export const LIBRARY_PREFIX = {
  cookiegate: '/bench/dist/',
  vanilla: '/bench/vcc/',
  klaro: '/bench/klaro/',
};

const cookiegateHead = (attributes) =>
  `<script type="application/json" id="cookiegate-config">${JSON.stringify(COOKIEGATE_CONFIG)}</script>\n` +
  `<script${attributes} src="${LIBRARY_PREFIX.cookiegate}cookiegate.js"></script>`;

/**
 * What each variant shows, what counts as its banner, the label of the banner's accept-all button (clicked, and
 * looked for by the "styled in first frame" check), its preferences dialog and how a returning visitor re-opens it:
 * `reopen` is the accessible name of the button (role=button) clicked to open the dialog again.
 */
export const VARIANTS = {
  baseline: {
    label: 'no consent library (baseline)',
    short: 'none',
    // No banner: the same "visible" test is applied to the page's own heading, i.e. the first frame that shows content.
    visibleSelector: '#bench-content',
    html: page(''),
  },
  cookiegate: {
    label: 'cookiegate (synchronous in `<head>`)',
    short: 'cg',
    library: 'cookiegate',
    visibleSelector: '.cg-banner',
    acceptLabel: 'Accept all',
    // src/ui/preferences.tsx: `.cg-modal` with role=dialog. The re-open control is the floating `.cg-reopen` button.
    dialogSelector: '.cg-modal',
    reopen: 'Cookie preferences',
    html: page(cookiegateHead('')),
  },
  'cookiegate-defer': {
    label: 'cookiegate (`defer` in `<head>`)',
    short: 'cg-defer',
    library: 'cookiegate',
    visibleSelector: '.cg-banner',
    acceptLabel: 'Accept all',
    dialogSelector: '.cg-modal',
    reopen: 'Cookie preferences',
    html: page(cookiegateHead(' defer')),
  },
  vanilla: {
    label: 'vanilla-cookieconsent',
    short: 'vcc',
    library: 'vanilla',
    visibleSelector: '#cc-main .cm',
    acceptLabel: 'Accept all',
    dialogSelector: '#cc-main .pm',
    reopen: 'Change cookie settings',
    html: page(
      `<link rel="stylesheet" href="${LIBRARY_PREFIX.vanilla}cookieconsent.css">`,
      // At the end of <body>, as its docs place it: run() needs document.body (in <head> it throws) and only manages
      // the blocked scripts (and `data-cc` buttons) that exist when it runs.
      `<script src="${LIBRARY_PREFIX.vanilla}cookieconsent.umd.js"></script>\n` + `<script>CookieConsent.run(${VANILLA_CONFIG_SOURCE});</script>\n`,
      blockedMarkup,
      ' data-cc="show-preferencesModal"',
    ),
  },
  klaro: {
    label: 'Klaro',
    short: 'klaro',
    library: 'klaro',
    // Its notice (`#klaro .klaro .cookie-notice`; `.cookie-notice-hidden` once a choice is stored). With `acceptAll:
    // true` the notice's green button accepts every service; Klaro's English label for it is "That's ok".
    visibleSelector: '.klaro .cookie-notice',
    acceptLabel: "That's ok",
    dialogSelector: '.klaro .cookie-modal',
    reopen: 'Change cookie settings',
    html: page(
      `<script>var klaroConfig = ${KLARO_CONFIG_SOURCE};</script>\n<script defer src="${LIBRARY_PREFIX.klaro}klaro.js"></script>`,
      '',
      klaroBlockedMarkup,
      // Its README's way to open the consent manager again; `true` forces the modal rather than the notice.
      ' onclick="klaro.show(undefined, true)"',
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
    // Each inline script its own code: a marked script runs once per page load, so identical copies would run once.
    else if (slot < 18) html += `<script type="text/plain" data-category="${c}">window.__benchScaleRan=(window.__benchScaleRan||0)+1;/*${k}*/</script>`;
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
  return page(cookiegateHead('')).replace('</body>', `<div id="bench-scale">${blockedElements(n)}</div><div id="bench-later"></div></body>`);
}
