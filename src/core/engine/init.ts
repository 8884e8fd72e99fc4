import type { Config, UserConfig } from '../types';
import type { ConfigReading } from './config';
import { checkedMark, configMark, setCheckedMark } from './config-mark';
import { problem, report } from './errors';
import { $config, $consent, $gpc, $language, $loadingTexts, $regime, $region, $ui } from './stores';
import { loadConsent, saveConsent } from './cookie';
import { readGpcSignal } from '../integrations/gpc';
import { grantsGpcRefused } from './consent-policy';
import { applyGpcOverride, applyRegimeDefault, diff } from './actions';
import { isLaxer, isRegionCode, regimeFor } from './regime';
import { emit } from './events';
import { eraseRefusedCookies } from './cleanup';
import { scan, watchAddedElements } from './activate';
import { followChoices, startIntegrations, type Integration } from './integration';
import { listenToOtherTabs } from '../integrations/cross-tab';
import { hasTexts, setLocalesBase } from '../texts/language';
import { resolveLanguage } from '../texts/resolve-language';
import { deferTexts, showLanguage } from '../texts/set-language';
import { setNonce } from '../platform/nonce';
import { firstPhaseIntegrations } from '../integrations/first-phase';
import { setStylesInjected } from '../platform/styles-setting';
import { hasQueuedRecords } from '../integrations/records-queue';
import { INTEGRATION_IMPORTS } from '../integrations/import-parts';
import { onDemand } from './on-demand';
import { AUTO_BLOCK_PROPERTY } from './defaults';
import { setPartLoaders, setPartPrerequisite } from './parts';
import { needCatalogue, setCatalogueUrl } from './catalogue';
import { catalogueCleanup } from './catalogue-cleanup';
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
  /**
   * Where the service catalogue's entry files `<id>.json` are: a URL ending in `/`. The script tag uses `catalogue/`
   * beside `cookiegate.js`; the ESM build imports its own entry chunks unless this is set.
   */
  catalogueUrl?: string;
  /**
   * The visitor's region, an ISO 3166 code (`"DE"`, `"US-CA"`), as your server or CDN knows it: it picks the regime
   * from `regions`. cookiegate never looks it up itself. Omitted (or not a code), the strictest regime in `regions`
   * applies. The script tag reads it from its `data-region` attribute.
   */
  region?: string;
  /**
   * `false`: cookiegate injects no `<style>`, because the app bundles or links `cookiegate/cookiegate.css` itself
   * (a bundled copy is also recognised without this, by its `--cg-stylesheet-*` marker properties).
   * @default true
   */
  styles?: boolean;
}

/** How the entry that calls `initCore` wants it to behave; not part of the public options. */
export interface InitMode {
  /**
   * How the site owner's config becomes the config to run with: the check (`parseConfig`) in the npm entries; in the
   * script tag, the result of the check file, or the build alone for a config the visitor's cookie marks as checked.
   */
  read: (input: unknown) => ConfigReading;
  /**
   * The built-in UI loads on demand: the page language's texts load only when the banner shows at start, or later
   * when something is about to show them (`ensureTexts`), so a returning visitor's page view fetches no locale file.
   */
  deferTexts?: boolean;
  /** Where `options.region` came from, for its error message (`data-region`). */
  regionSource?: string;
  /** The script tag checked for vendors that ran first already, while the config was being checked (`denyAhead`). */
  lateVendorsChecked?: boolean;
}

let initialized = false;
/**
 * The first call's config as JSON: a later call with an equal config (React Strict Mode runs effects twice, a hot
 * reload re-runs an entry) is that same start again, not a second config.
 */
let firstConfig: string | undefined;

/** A config as JSON; `undefined` for one JSON cannot hold (a cycle), which then never counts as equal. */
function fingerprint(userConfig: unknown): string | undefined {
  try {
    return JSON.stringify(userConfig ?? null);
  } catch {
    return undefined;
  }
}

/** The stored choice, if it stands under the regime in force: one made under a laxer regime is asked again. */
function storedChoice(config: Config): ReturnType<typeof loadConsent> {
  const stored = loadConsent(config);
  return stored && !isLaxer(stored.consent.regime, $regime.get()) ? stored : null;
}

/** The visitor's region from `options.region`, upper case; anything but a region code is reported and unused. */
function readRegion(region: unknown, source = 'init options.region'): string | undefined {
  if (region === undefined || region === '') return undefined;
  const code = typeof region === 'string' ? region.trim().toUpperCase() : region;
  if (isRegionCode(code)) return code;
  report(problem('regionValue', source, String(region)));
  return undefined;
}

/** Re-reads the cookie after another tab chose; the cookie is the truth, the message only a nudge. */
function syncFromOtherTab(config: Config): void {
  const before = $consent.get();
  const found = storedChoice(config);
  const stored = found?.consent ?? null;
  if (before?.consentId === stored?.consentId) return;
  $consent.set(stored);
  $ui.set({ banner: !config.ui.disabled && (!stored || !!found!.flags.noticePending), preferences: false });
  if (stored) {
    const changed = diff(config, before, stored);
    emit(before ? 'change' : 'consent', { consent: stored, previous: before, changed, action: 'custom', source: 'api', remote: true });
  }
}

/**
 * Starts the engine, the way each entry asks (`mode`): reads the config (logging each problem), reads the stored
 * choice, starts the integrations, and gates `data-category` elements. The public `init` of each entry calls it: see
 * `init-checked.ts` (npm) and `src/auto.ts` (script tag).
 */
export function initCore(userConfig: UserConfig | undefined, options: InitOptions = {}, mode: InitMode): Config {
  const asJson = fingerprint(userConfig);
  if (initialized) {
    if (asJson === undefined || asJson !== firstConfig) {
      report(problem('type', 'init', 'one call per page (the first config stays in force)', 'a second call with another config'));
    }
    return $config.get();
  }
  initialized = true;
  firstConfig = asJson;
  const { config, problems, advice } = mode.read(userConfig);
  // Cookies written from here say whether this config was checked clean: if so, the next page view need not check it.
  setCheckedMark(problems.length ? '' : configMark(userConfig));
  problems.forEach((p) => report(p));
  advice.forEach((p) => report(p));
  if (options.nonce !== undefined) setNonce(options.nonce);
  if (options.styles === false) setStylesInjected(false);
  $config.set(config);
  const region = readRegion(options.region, mode.regionSource);
  const regime = regimeFor(config.regions, region);
  $region.set(region);
  $regime.set(regime);
  setLocalesBase(options.localesUrl);
  setCatalogueUrl(options.catalogueUrl);
  // The dialog and placeholders show what catalogue entries say: their parts wait for the entries the config names.
  setPartPrerequisite((name) => (name === 'ui' || name === 'embeds') && needCatalogue());
  const lang = resolveLanguage(config);
  // `$language` names the language whose texts are here: English until a locale file has loaded, and for good if it fails.
  const waiting = !hasTexts(config, lang);
  if (!waiting) $language.set(lang);
  // On the server (SSR) there is nothing to gate, and a BroadcastChannel would keep Node running.
  if (typeof document === 'undefined') return config;
  if (config.autoBlock && !(window as unknown as Record<string, unknown>)[AUTO_BLOCK_PROPERTY]) report(problem('autoBlockMissing', 'autoBlock'));
  // Never ours: cookiegate does not speak TCF, so an existing __tcfapi is another CMP (left untouched).
  if (typeof (window as { __tcfapi?: unknown }).__tcfapi === 'function') report(problem('otherCmp', 'window.__tcfapi'));
  if (!mode.lateVendorsChecked) reportLateVendors(config);
  adviseNoscript();
  const gpc = readGpcSignal(config);
  $gpc.set(gpc);
  // Phase 1 now, before the stored choice is read: Consent Mode's default and each vendor's denied state reach the
  // page before any tag can run. Phase 2 for every choice from here on: the integrations, then activation and clean-up.
  // Callbacks and records only react to choices: each is a part of its own, loaded when the config names it and a
  // choice calls for it (records also when one waits to be resent, or on a first visit, ready for the choice).
  if (INTEGRATION_IMPORTS) setPartLoaders(INTEGRATION_IMPORTS);
  const reacting: Integration[] = [
    onDemand('callbacks', { isNamed: (c) => !!c.callbacks && c.callbacks.length > 0, appliesChoices: true }),
    onDemand('records', { isNamed: (c) => !!c.records && !!c.records.endpoint, isNeededAtStart: () => hasQueuedRecords() || !$consent.get() }),
    catalogueCleanup(),
  ];
  // Consent Mode and the vendor APIs are here already in the script tag; in ESM their chunks may still be loading.
  const first = firstPhaseIntegrations(config);
  running.push(startIntegrations(config, Array.isArray(first) ? [...first, ...reacting] : reacting));

  const stored = storedChoice(config);
  const overridden = gpc && stored && !stored.flags.gpcConflict && grantsGpcRefused(config, stored.consent.categories, stored.consent.services);
  const pending = !!stored && !!stored.flags.noticePending;
  // The first layer asks for a choice, tells the visitor about a GPC override, or is the regime's notice (until
  // dismissed); under `none` there is none.
  const banner = !config.ui.disabled && (stored ? !!overridden || pending : regime !== 'none');
  $ui.set({ banner: banner && !stored && !waiting, preferences: false });
  if (stored && overridden) {
    // A GPC signal beats a stored grant of a sale/share category: store the choice without it
    // (the visitor can still switch it on explicitly in the preferences).
    applyGpcOverride(stored.consent, pending);
    // The visitor is told: the first layer comes back with its GPC notice (their other choices stay stored).
    $ui.setKey('banner', banner && !waiting);
  } else {
    $consent.set(stored?.consent ?? null);
    // A choice made under an earlier config (or version) that is now checked clean: mark it, same choice, same times.
    if (stored && checkedMark() && stored.flags.checked !== checkedMark()) saveConsent(config, stored.consent, stored.flags);
    // No choice stands: outside opt-in the regime's default is put in force (and stored) at once.
    if (!stored) applyRegimeDefault();
    if (pending || !stored) $ui.setKey('banner', banner && !waiting);
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
    void showLanguage(lang).then(
      () => {
        off();
        if (banner && !touched && $consent.get() === decided) $ui.setKey('banner', true);
        $loadingTexts.set(false);
      },
      () => {
        // The script tag's texts file did not load (reported): nothing can be shown yet, so the banner stays closed
        // (fail closed) and the next show(), showPreferences() or use of the re-open control tries again.
        off();
        deferTexts(lang);
      },
    );
  }
  running.push(listenToOtherTabs(() => syncFromOtherTab(config)));
  const follow = (integrations: Integration[]) =>
    running.push(followChoices(config, integrations, [() => scan(), (consent) => eraseRefusedCookies(config, consent)]), watchAddedElements());
  if (Array.isArray(first)) follow([...first, ...reacting]);
  else {
    // Nothing activates until they are in: phase 1 and 2 keep their order, and choices made meanwhile apply then.
    let live = true;
    running.push(() => (live = false));
    first.then(
      (loaded) => {
        if (!live) return;
        running.push(startIntegrations(config, loaded));
        follow([...loaded, ...reacting]);
      },
      (error: Error) => live && report(problem('chunk', 'the Consent Mode or vendors chunk', error?.message)),
    );
  }
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
  setStylesInjected(true);
}
