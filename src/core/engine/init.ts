import type { Config, UserConfig } from '../types';
import { parseConfig } from './config';
import { advise, problem, report } from './errors';
import { $config, $consent, $gpc, $language, $loadingTexts, $ui } from './stores';
import { loadConsent } from './cookie';
import { readGpcSignal, gpcRefusedCategories } from '../integrations/gpc';
import { applyGpcOverride, diff } from './actions';
import { emit } from './events';
import { eraseRefusedCookies } from './cleanup';
import { scan, watchAddedElements } from './activate';
import { followChoices, startIntegrations, type Integration } from './integration';
import { listenToOtherTabs } from '../integrations/cross-tab';
import { hasTexts, resolveLanguage, setLocalesBase } from '../texts/language';
import { deferTexts, showLanguage } from '../texts/set-language';
import { setNonce } from '../platform/nonce';
import { consentMode } from '../integrations/consent-mode';
import { vendors } from '../integrations/vendors';
import { hasQueuedRecords } from '../integrations/records-queue';
import { INTEGRATION_IMPORTS } from '../integrations/import-parts';
import { onDemand } from './on-demand';
import { setPartLoaders } from './parts';
import { adviseNoscript, reportLateVendors } from './page-checks';

/**
 * Options of `init` beside the JSON config.
 * @example init(config, { nonce: document.querySelector('script[nonce]')?.nonce })
 */
export interface InitOptions {
  /** CSP nonce for injected styles and activated scripts. */
  nonce?: string;
  /**
   * Where the shipped locale files `nl.json`, `fr.json`, `de.json` are: a URL ending in `/`. The script tag uses
   * `locales/` beside `cookiegate.js`; the ESM build imports its own locale chunks unless this is set.
   */
  localesUrl?: string;
}

/** How the entry that calls `initCore` wants it to behave; not part of the public options. */
export interface InitMode {
  /**
   * The built-in UI loads on demand: the page language's texts load only when the banner shows at start, or later
   * when something is about to show them (`ensureTexts`), so a returning visitor's page view fetches no locale file.
   */
  deferTexts?: boolean;
}

let initialized = false;

/** Re-reads the cookie after another tab chose; the cookie is the truth, the message only a nudge. */
function syncFromOtherTab(config: Config): void {
  const before = $consent.get();
  const stored = loadConsent(config)?.consent ?? null;
  if ((before && before.consentId) === (stored && stored.consentId)) return;
  $consent.set(stored);
  $ui.set({ banner: !stored && !config.ui.disabled, preferences: false });
  if (stored) {
    const changed = diff(config, before, stored);
    emit(before ? 'change' : 'consent', { consent: stored, previous: before, changed, action: 'custom', source: 'api', remote: true });
  }
}

/**
 * Starts cookiegate without UI: validates the config (logging each problem), reads the stored choice,
 * starts the integrations, and gates `data-category` elements. Call once; later calls are ignored with an error.
 * Never throws: an invalid config runs with what is valid, or the defaults, and nothing optional runs before consent.
 *
 * @param userConfig the site owner's JSON config (optional)
 * @param options `nonce`: the CSP nonce for styles and activated scripts
 * @returns the config cookiegate runs with
 * @example init({ revision: 2, controller: { name: 'Example Ltd', policyUrl: '/privacy' } })
 */
export function initCore(userConfig?: UserConfig, options: InitOptions = {}, mode: InitMode = {}): Config {
  if (initialized) {
    report(problem('type', 'init', 'one call per page (the first config stays in force)', 'a second call'));
    return $config.get();
  }
  initialized = true;
  const { config, problems, advice } = parseConfig(userConfig);
  problems.forEach(report);
  advice.forEach(advise);
  if (options.nonce !== undefined) setNonce(options.nonce);
  $config.set(config);
  setLocalesBase(options.localesUrl);
  const lang = resolveLanguage(config);
  // `$language` names the language whose texts are here: English until a locale file has loaded, and for good if it fails.
  const waiting = !hasTexts(config, lang);
  if (!waiting) $language.set(lang);
  // On the server (SSR) there is nothing to gate, and a BroadcastChannel would keep Node running.
  if (typeof document == 'undefined') return config;
  // Never ours: cookiegate does not speak TCF, so an existing __tcfapi is another CMP (left untouched).
  if (typeof (window as { __tcfapi?: unknown }).__tcfapi == 'function') advise(problem('otherCmp', 'window.__tcfapi'));
  reportLateVendors(config);
  adviseNoscript();
  const gpc = readGpcSignal(config);
  $gpc.set(gpc);
  // Phase 1 now, before the stored choice is read: Consent Mode's default and each vendor's denied state reach the
  // page before any tag can run. Phase 2 for every choice from here on: the integrations, then activation and clean-up.
  // Callbacks and records only react to choices: each is a part of its own, loaded when the config names it and a
  // choice calls for it (records also when one waits to be resent, or on a first visit, ready for the choice).
  if (INTEGRATION_IMPORTS) setPartLoaders(INTEGRATION_IMPORTS);
  const integrations: Integration[] = [
    consentMode(),
    vendors(),
    onDemand('callbacks', { isNamed: (c) => !!c.callbacks && c.callbacks.length > 0, appliesChoices: true }),
    onDemand('records', { isNamed: (c) => !!c.records && !!c.records.endpoint, isNeededAtStart: () => hasQueuedRecords() || !$consent.get() }),
  ];
  running.push(startIntegrations(config, integrations));

  const stored = loadConsent(config);
  const refused = gpc ? gpcRefusedCategories(config) : [];
  const refusedServices = config.categories.filter((c) => refused.includes(c.id)).flatMap((c) => c.services.map((s) => s.id));
  const overridden =
    stored &&
    !stored.flags.gpcConflict &&
    (stored.consent.categories.some((id) => refused.includes(id)) || stored.consent.services.some((id) => refusedServices.includes(id)));
  // The first layer asks for a choice, or (after a GPC override) tells the visitor about it.
  const banner = !config.ui.disabled && (!stored || !!overridden);
  $ui.set({ banner: banner && !stored && !waiting, preferences: false });
  if (stored && overridden) {
    // A GPC signal beats a stored grant of a sale/share category: store the choice without it
    // (the visitor can still switch it on explicitly in the preferences).
    applyGpcOverride(stored.consent);
    // The visitor is told: the first layer comes back with its GPC notice (their other choices stay stored).
    $ui.setKey('banner', banner && !waiting);
  } else {
    $consent.set(stored?.consent ?? null);
  }
  if (waiting && mode.deferTexts && !banner) {
    // Nothing shows texts yet: the UI loads them when it is needed, and waits for them meanwhile.
    $loadingTexts.set(true);
    deferTexts(lang);
  } else if (waiting) {
    // The stored choice is in force already (scripts activate now); only the UI waits for its texts. The banner
    // opens when they arrive, unless a choice or a show()/hide() came first.
    $loadingTexts.set(true);
    const decided = $consent.get();
    let touched = false;
    const off = $ui.listen(() => (touched = true));
    void showLanguage(lang).then(() => {
      off();
      if (banner && !touched && $consent.get() === decided) $ui.setKey('banner', true);
      $loadingTexts.set(false);
    });
  }
  running.push(
    followChoices(config, integrations, [() => scan(), (consent) => eraseRefusedCookies(config, consent)]),
    watchAddedElements(),
    listenToOtherTabs(() => syncFromOtherTab(config)),
  );
  return config;
}

/** What `init` started and `stopCore` stops. */
const running: Array<() => void> = [];

/**
 * Stops everything `init` started (integrations, following choices, gating of added elements, listening to other
 * tabs), so a test or a hot module reload can start again. Not part of the public API. Activated elements stay active.
 */
export function stopCore(): void {
  running.splice(0).forEach((stop) => stop());
  initialized = false;
}
