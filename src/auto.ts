/**
 * Script-tag entry (`dist/cookiegate.js`, the gate): finds its config, starts the engine and the re-open control,
 * and exposes `window.CookieGate`. Everything else (the banner and dialog, placeholders) is a file beside this one,
 * loaded when needed (`src/gate/start-ui.ts`); `data-files="/path/"` on the tag says where, when not beside it.
 *
 *   <script src="/cookiegate.js" data-config="/cookiegate.json"></script>   (URL, fetched)
 *   <script src="/cookiegate.js" data-config="my-config"></script>          (id of an inline JSON script)
 *   <script type="application/json" id="cookiegate-config">{…}</script>     (inline, before the tag)
 *
 * `data-region="US-CA"` on the tag gives the visitor's region (set by the site's server or CDN), which picks the regime
 * from the config's `regions`.
 *
 * An inline config is only ever a `<script type="application/json">` of that id; when several are, the first is used.
 *
 * With no config it waits for the document to be parsed, so a following inline `CookieGate.init({...})` wins;
 * then it starts with the built-in default. It never throws into the page.
 */
import * as api from './core/api';
import { problem, report } from './core/engine/errors';
import type { ConfigReading } from './core/engine/config';
import { loadPart } from './core/engine/parts';
import { setNonce } from './core/platform/nonce';
import { readConfig } from './gate/read-config';
import { fetchJson, withTimeout } from './core/platform/fetch-json';
import { initCore, type InitOptions } from './core/engine/init';
import type { Config, UserConfig } from './core/types';
import { fileParts } from './gate/file-parts';
import { startUi } from './gate/start-ui';
import { lateVendorsChecked, startEarly } from './gate/early-switches';

type Global = typeof api & {
  version: string;
  mountUi: () => () => void;
  init: (config?: UserConfig, options?: InitOptions) => Config;
  parseConfig: (input: unknown) => Promise<ConfigReading>;
};

/** `CookieGate` calls that act on the choice or the UI: queued while a config is being checked. */
const QUEUED = ['acceptAll', 'rejectAll', 'accept', 'allowEmbed', 'reset', 'show', 'hide', 'showPreferences', 'hidePreferences', 'dismissNotice'] as const;

/** How long a `data-config` URL may take before the built-in default runs instead. */
const CONFIG_TIMEOUT_MS = 10_000;

function start(): void {
  const w = window as unknown as { CookieGate?: Global & { __cookiegate?: true } };
  // A second include must not make a second banner or a second set of listeners.
  if (w.CookieGate?.__cookiegate) return;
  // `<img name="currentScript">` shadows document.currentScript (DOM clobbering): only a script element is us.
  const current = document.currentScript;
  const me = (current instanceof HTMLScriptElement ? current : null) ?? document.querySelector<HTMLScriptElement>('script[src*="cookiegate"]');
  const nonce = me?.nonce || me?.getAttribute('nonce') || undefined;
  // Our other files sit beside this script, or where its data-files attribute says; read its URL now, while it is
  // the current script.
  const files = me?.getAttribute('data-files');
  const base = files ? new URL(files.replace(/\/?$/, '/'), document.baseURI).href : me?.src ? new URL('./', me.src).href : undefined;
  const localesUrl = base && base + 'locales/';
  const catalogueUrl = base && base + 'catalogue/';
  const region = me?.getAttribute('data-region') ?? undefined;
  if (base) fileParts(base);
  // Before any file of ours loads: the config check may be the first.
  if (nonce) setNonce(nonce);
  let started = false;
  /**
   * Calls made before the engine has started (while the config loads from its URL, waits for the document, or is
   * checked): run in order, at once, when it starts. `undefined` from then on.
   */
  let waiting: Array<() => void> | undefined = [];
  const whenStarted = (call: () => void): void => void (waiting ? waiting.push(call) : call());
  // Config from JSON is checked at run time; its static type is only a hope.
  const run = (config?: unknown, options?: InitOptions) => {
    if (started) return;
    started = true;
    // The visitor's region comes from the page (a server or CDN sets data-region); an init option overrides it.
    const fromTag = !options || options.region === undefined;
    const start = (reading: ConfigReading) => {
      initCore(
        config as UserConfig,
        { nonce, localesUrl, catalogueUrl, ...options, region: fromTag ? region : options.region },
        { deferTexts: true, regionSource: fromTag ? '<script data-region>' : undefined, read: () => reading, lateVendorsChecked },
      );
      startUi();
      const calls = waiting!;
      waiting = undefined;
      for (const call of calls) call();
    };
    const reading = readConfig(config);
    if (reading instanceof Promise) void reading.then(start);
    else start(reading);
  };
  // A second `init` is reported by the engine, unless it is the same config; it never overtakes the first.
  const again = (config?: UserConfig) => initCore(config, {}, { read: () => ({ config: api.$config.get(), problems: [], advice: [] }) });
  const global: Global & { __cookiegate: true } = {
    ...api,
    mountUi: startUi,
    version: api.VERSION,
    __cookiegate: true,
    // `CookieGate.init(config)` from the page replaces the default start.
    init(config?: UserConfig, options?: InitOptions) {
      if (!started) run(config, options);
      else whenStarted(() => again(config));
      return api.$config.get();
    },
    // The check is a file of its own here (`cookiegate-check.js`): checking a config without starting anything loads it.
    parseConfig: (input: unknown) => loadPart('check').then((check) => check.parseConfig(input)),
  };
  // Calls that change the choice or the UI wait until the engine has started, then run in order: a choice made while
  // the config loads or is checked is stored under that config, not the built-in default. Reads answer at once (no
  // choice yet).
  for (const name of QUEUED) {
    const act = global[name] as (...args: unknown[]) => void;
    (global as Record<string, unknown>)[name] = (...args: unknown[]) => whenStarted(() => act(...args));
  }
  w.CookieGate = global;

  const fromInline = (el: Element, where: string): void => {
    try {
      run(JSON.parse(el.textContent || ''));
    } catch (error) {
      report(problem('json', where, (error as Error).message));
      run(undefined);
    }
  };
  // Only a JSON script is a config: a `<p id="cookiegate-config">` a sanitiser let through is never read as one.
  const inlineConfigs = (id: string) =>
    Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="application/json" i]')).filter((el) => el.id === id);
  const source = me?.getAttribute('data-config');
  if (me) startEarly(me);
  const isId = !!source && /^[A-Za-z][\w:.-]*$/.test(source) && !/\.json$/i.test(source);
  // An inline config may come later in the page than the tag: while the document parses, look again once it is
  // parsed. Nothing optional runs meanwhile: gated elements stay inert until init.
  const findConfig = (parsed: boolean): void => {
    const [inline, ...others] = source && !isId ? [] : inlineConfigs(source || 'cookiegate-config');
    if (inline) {
      const where = 'config <script id="' + inline.id + '">';
      if (others.length) report(problem('duplicateConfig', where, others.length + 1));
      return fromInline(inline, where);
    }
    if (!parsed && (isId || !source) && document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => findConfig(true));
      return;
    }
    if (!source) return run(undefined);
    // A server that never answers must not leave visitors without a way to choose: after a while the defaults run.
    withTimeout(fetchJson(source), CONFIG_TIMEOUT_MS).then(
      (config) => run(config),
      (error: Error) => {
        report(problem('load', 'data-config', source, error.message));
        run(undefined);
      },
    );
  };
  findConfig(false);
}

try {
  start();
} catch (error) {
  // The host page must keep working whatever happens here.
  try {
    report(problem('start', 'cookiegate.js', String(error)), error);
  } catch {
    /* nothing left to do */
  }
}
