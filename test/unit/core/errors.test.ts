// @vitest-environment happy-dom
/**
 * The catalogue (src/core/engine/errors.ts) is the only way cookiegate writes to the console. Every code is triggered
 * here the way a site owner meets it (a config, a tag, a page, a failing server), and the line it logs must come at
 * the code's level (`console.error` with `cookiegate:`, or `console.warn` with `cookiegate advice:`), name the place
 * (a config path, attribute or element), and say what to do.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADVICE_CODES, levelOf, type ProblemCode } from '../../../src/core/engine/errors';
import { MESSAGES } from '../../../src/core/engine/messages';
import { choice } from '../../shared/consent';

type Core = typeof import('../../../src/core/index');

/** A fresh engine: modules loaded again, so every trigger runs on a page that has not started cookiegate. */
async function fresh(): Promise<Core> {
  vi.resetModules();
  return import('../../../src/core/index');
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const failingFetch = () =>
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
  );
const w = window as unknown as Record<string, unknown>;

/** Starts the script-tag gate on the page as it stands. */
async function startGate(): Promise<void> {
  // The gate loads its UI file beside the tag: here a file that loads and defines nothing (the UI is not under test).
  (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings.handleDisabledFileLoadingAsSuccess =
    true;
  vi.resetModules();
  await import('../../../src/auto');
  await settle();
}

/** Stops the engine the last trigger started, so it does not watch the next trigger's page. */
let stopEngine = () => {};

/** Inits a fresh engine with `config` and waits for what it loads. */
async function init(config: unknown, options?: Parameters<Core['init']>[1]): Promise<Core> {
  const core = await fresh();
  const { stopCore } = await import('../../../src/core/engine/init');
  stopEngine = stopCore;
  core.init(config as never, options);
  await settle();
  return core;
}

/** Runs one integration (`vendors`, `callbacks`, `records`) on a validated config, then makes a choice. */
async function choose(file: 'vendors' | 'callbacks' | 'records', config: object, categories: string[]): Promise<void> {
  vi.resetModules();
  const { parseConfig } = await import('../../../src/core/engine/config');
  const { $consent } = await import('../../../src/core/engine/stores');
  const { emit } = await import('../../../src/core/engine/events');
  const { integrationRunner } = await import('./run-integration');
  const integration = (await import(`../../../src/core/integrations/${file}.ts`)) as Record<string, () => never>;
  const runner = integrationRunner(integration[file]!);
  runner.start(parseConfig(config).config);
  const consent = choice(categories);
  $consent.set(consent);
  emit('consent', { consent, previous: null, changed: { categories, services: [] }, action: 'custom', source: 'api', remote: false });
  await settle();
  runner.stop();
}

const service = (services: object) => ({ categories: { performance: { services } } });

/** How each code comes up, and the place its line must name. */
const TRIGGERS: Record<ProblemCode, [place: string | RegExp, trigger: () => Promise<unknown>]> = {
  json: [
    'config <script id="cookiegate-config">',
    async () => {
      document.body.innerHTML = '<script type="application/json" id="cookiegate-config">{"controller": }</script>';
      await startGate();
    },
  ],
  duplicateConfig: [
    'config <script id="cookiegate-config">',
    async () => {
      document.body.innerHTML = '<script type="application/json" id="cookiegate-config">{}</script>'.repeat(2);
      await startGate();
    },
  ],
  load: [
    'data-config',
    async () => {
      failingFetch();
      document.body.innerHTML = '<script type="text/plain" src="/cookiegate.js" data-config="/cookiegate.json"></script>';
      await startGate();
    },
  ],
  start: [
    'cookiegate.js',
    async () => {
      Object.defineProperty(document, 'currentScript', {
        configurable: true,
        get: () => {
          throw new Error('a broken page');
        },
      });
      try {
        await startGate();
      } finally {
        delete (document as unknown as Record<string, unknown>).currentScript;
      }
    },
  ],
  type: ['cookie.expiresDays', () => init({ cookie: { expiresDays: '30' } })],
  unknownKey: ['categorys', () => init({ categorys: {} })],
  regex: ['categories.performance.services.ga.cookies[0]', () => init(service({ ga: { cookies: ['/[/'] } }))],
  slowRegex: ['categories.performance.services.ga.cookies[0]', () => init(service({ ga: { cookies: ['/^(a+)+$/'] } }))],
  range: ['cookie.expiresDays', () => init({ cookie: { expiresDays: 400 } })],
  url: ['controller.policyUrl', () => init({ controller: { name: 'Example Ltd', policyUrl: 'javascript:alert(1)' } })],
  region: ['googleConsentMode.region[0]', () => init({ googleConsentMode: { region: ['EU'] } })],
  regionKey: ['regions.usa', () => init({ regions: { usa: 'opt-out' } })],
  regime: ['regions.default', () => init({ regions: { default: 'optout' } })],
  regionValue: ['init options.region', () => init({ regions: { default: 'opt-in', US: 'opt-out' } }, { region: 'nowhere' })],
  duplicateService: [
    'categories.targeting.services.x',
    () => init({ categories: { performance: { services: { x: {} } }, targeting: { services: { x: {} } } } }),
  ],
  necessary: ['categories.necessary', () => init({ categories: { necessary: false } })],
  readOnly: ['categories.performance.readOnly', () => init({ categories: { performance: { readOnly: true } } })],
  unknownCategory: [
    '<img data-category="marketing" data-src="/pixel.gif">',
    async () => {
      document.body.innerHTML = '<img data-category="marketing" data-src="/pixel.gif">';
      await init({});
    },
  ],
  unknownService: [
    /^<img data-category="performance"/,
    async () => {
      document.body.innerHTML = '<img data-category="performance" data-service="nope" data-src="/pixel.gif">';
      await init({});
    },
  ],
  controlChar: ['cookie.path', () => init({ cookie: { path: '/shop\u0001' } })],
  pushPath: ['callbacks[0].global', () => init({ callbacks: [{ category: 'performance', global: '_paq.push', grant: ['setConsentGiven'] }] })],
  unsafeGlobal: [
    'callbacks[0].global',
    async () => {
      await choose('callbacks', { callbacks: [{ category: 'performance', global: 'location', grant: ['x'] }] }, ['performance']);
    },
  ],
  callbackThrew: [
    'callbacks[0].global',
    async () => {
      w.throwing = () => {
        throw new Error('boom');
      };
      await choose('callbacks', { callbacks: [{ category: 'performance', global: 'throwing', grant: ['x'] }] }, ['performance']);
      delete w.throwing;
    },
  ],
  locale: [
    'language',
    async () => {
      failingFetch();
      document.documentElement.lang = 'nl';
      await init({}, { localesUrl: '/cg/locales/' });
    },
  ],
  unsafeAttr: [
    /^<img data-category="performance"/,
    async () => {
      document.body.innerHTML = '<img data-category="performance" data-src="javascript:alert(1)">';
      (await init({})).acceptAll();
      await settle();
    },
  ],
  liveSrc: [
    /^<img data-category="performance"/,
    async () => {
      document.body.innerHTML = '<img data-category="performance" src="/pixel.gif">';
      await init({});
    },
  ],
  liveScript: [
    /^<script data-category="performance"/,
    async () => {
      document.body.innerHTML = '<script data-category="performance">window.ran = 1</script>';
      await init({});
    },
  ],
  refused: [
    /^<script data-category="performance"/,
    async () => {
      document.body.innerHTML = '<script type="text/plain" data-category="performance">window.ran = 1</script>';
      const core = await init({});
      // What a page requiring Trusted Types without our policy does to a script's text.
      vi.spyOn(HTMLScriptElement.prototype, 'text', 'set').mockImplementation(() => {
        throw new TypeError("This document requires 'TrustedScript' assignment.");
      });
      core.acceptAll();
      await settle();
    },
  ],
  part: [
    'part "records"',
    async () => {
      vi.resetModules();
      const { loadPart } = await import('../../../src/core/engine/parts');
      await loadPart('records').catch(() => {});
    },
  ],
  chunk: [
    'the Consent Mode or vendors chunk',
    async () => {
      vi.resetModules();
      vi.doMock('../../../src/core/integrations/first-phase', () => ({ firstPhaseIntegrations: () => Promise.reject(new Error('404 consent-mode.mjs')) }));
      try {
        await init({ googleConsentMode: {} });
      } finally {
        vi.doUnmock('../../../src/core/integrations/first-phase');
      }
    },
  ],
  catalogue: [
    'categories.performance.services.google-analytics',
    async () => {
      failingFetch();
      (await init(service({ 'google-analytics': {} }), { catalogueUrl: '/cg/catalogue/' })).acceptAll();
      await settle();
    },
  ],
  autoBlockMissing: ['autoBlock', () => init({ autoBlock: true })],
  lateMeta: [
    'vendors.meta',
    async () => {
      w.fbq = Object.assign(() => {}, { queue: [['init', '123']] });
      await init({ vendors: { meta: 'targeting' } });
      delete w.fbq;
    },
  ],
  lateGoogle: [
    'googleConsentMode',
    async () => {
      w.dataLayer = [
        ['js', new Date()],
        ['config', 'G-1'],
      ];
      await init({ googleConsentMode: {} });
      delete w.dataLayer;
    },
  ],
  listener: [
    'on("consent")',
    async () => {
      const core = await init({});
      core.on('consent', () => {
        throw new Error('a bug in the site');
      });
      core.acceptAll();
    },
  ],
  vendorThrew: [
    'vendors.meta',
    async () => {
      w.fbq = () => {
        throw new Error('boom');
      };
      await choose('vendors', { vendors: { meta: 'targeting' } }, ['targeting']);
      delete w.fbq;
    },
  ],
  recordsStorage: [
    'records',
    async () => {
      const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError');
      });
      vi.stubGlobal(
        'fetch',
        vi.fn(() => new Promise(() => {})),
      );
      await choose('records', { records: { endpoint: '/consent-records' } }, []);
      full.mockRestore();
    },
  ],
  recordsSend: [
    'records',
    async () => {
      vi.stubGlobal(
        'fetch',
        vi.fn(() => Promise.resolve(new Response(null, { status: 503 }))),
      );
      await choose('records', { records: { endpoint: '/consent-records' } }, []);
    },
  ],
  advancedMode: ['googleConsentMode.mode', () => init({ googleConsentMode: { mode: 'advanced' } })],
  noController: ['controller', () => init({})],
  noProvider: ['categories.performance.services.ga', () => init(service({ ga: { cookies: [{ name: '_ga', duration: '2 years' }] } }))],
  noDuration: ['categories.performance.services.ga.cookies', () => init(service({ ga: { provider: 'Google', cookies: ['_ga'] } }))],
  catalogueId: ['categories.performance.services.google-analytic', () => init(service({ 'google-analytic': {} }))],
  noscript: [
    '<noscript>',
    async () => {
      // With JavaScript on, a browser keeps a <noscript>'s markup as text.
      document.body.appendChild(document.createElement('noscript')).textContent = '<img src="https://www.facebook.com/tr?id=1&ev=PageView">';
      await init({});
    },
  ],
  otherCmp: [
    'window.__tcfapi',
    async () => {
      w.__tcfapi = () => {};
      await init({});
      delete w.__tcfapi;
    },
  ],
  // Last: blocking by host, once installed (or tried), stays installed on the page.
  autoBlockFailed: [
    'autoBlock',
    async () => {
      // A page that locked the element prototypes blocking by host hooks.
      vi.stubGlobal('HTMLScriptElement', { prototype: Object.freeze({}) });
      vi.resetModules();
      await import('../../../src/core/auto-block/index');
    },
  ],
};

/** Words that tell the reader what to do, or what is expected and known instead. */
const FIX =
  /\b(expected|known|like|did you mean|use|add|remove|move|write|name|list|simplify|keep|fix|mark|catch|check|put|allow|deploy|report|rename|should|needs?|must|running with|showing|tried again|retried|stays queued)\b/;

describe('the catalogue of errors and advice', () => {
  let lines: { level: 'error' | 'advice'; text: string; beside: unknown[] }[] = [];
  beforeEach(() => {
    lines = [];
    document.body.innerHTML = '';
    for (const c of document.cookie.split(';')) document.cookie = c.split('=')[0]!.trim() + '=;Max-Age=0;Path=/';
    delete w.CookieGate;
    vi.spyOn(console, 'error').mockImplementation((text: unknown, ...beside: unknown[]) => void lines.push({ level: 'error', text: String(text), beside }));
    vi.spyOn(console, 'warn').mockImplementation((text: unknown, ...beside: unknown[]) => void lines.push({ level: 'advice', text: String(text), beside }));
  });
  afterEach(() => {
    stopEngine();
    stopEngine = () => {};
    document.documentElement.lang = '';
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('has a trigger below for every code, and calls only the codes it lists advice', () => {
    expect(Object.keys(TRIGGERS).sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(ADVICE_CODES.every((code) => code in MESSAGES)).toBe(true);
  });

  for (const [code, [place, trigger]] of Object.entries(TRIGGERS) as [ProblemCode, (typeof TRIGGERS)[ProblemCode]][]) {
    it(`logs ${code} at its level, naming the place and what to do`, async () => {
      await trigger();
      const words = MESSAGES[code]
        .split(/\{\d\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+');
      const prefix = levelOf(code) === 'advice' ? 'cookiegate advice: ' : 'cookiegate: ';
      const shape = new RegExp('^(cookiegate(?: advice)?: )(.+?): (' + words + ')$', 's');
      const line = lines.find((l) => shape.test(l.text));
      expect(line, code + ' in ' + JSON.stringify(lines)).toBeDefined();
      const [, shownPrefix, shownPlace, text] = shape.exec(line!.text)!;
      expect([line!.level, shownPrefix]).toEqual([levelOf(code), prefix]);
      if (typeof place === 'string') expect(shownPlace).toBe(place);
      else expect(shownPlace).toMatch(place);
      expect(text).toMatch(FIX);
      // Beside the line only what was thrown (for its stack), never a stray argument the console would print after it.
      expect(line!.beside.every((cause) => typeof cause === 'object' && cause !== null)).toBe(true);
    });
  }
});
