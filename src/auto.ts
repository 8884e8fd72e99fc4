/**
 * Script-tag entry (`dist/cookiegate.js`): finds its config, starts cookiegate, and exposes `window.CookieGate`.
 *
 *   <script src="/cookiegate.js" data-config="/cookiegate.json"></script>   (URL, fetched)
 *   <script src="/cookiegate.js" data-config="my-config"></script>          (id of an inline JSON script)
 *   <script type="application/json" id="cookiegate-config">{…}</script>     (inline, before the tag)
 *
 * With no config it waits for the document to be parsed, so a following inline `CookieGate.init({...})` wins;
 * then it starts with the built-in default. It never throws into the page.
 */
import * as api from './index';
import { problem, report } from './core/errors';

type Global = typeof api & { version: string };

function start(): void {
  const w = window as unknown as { CookieGate?: Global & { __cookiegate?: true } };
  // A second include must not make a second banner or a second set of listeners.
  if (w.CookieGate && w.CookieGate.__cookiegate) return;
  const me = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src*="cookiegate"]');
  const nonce = me?.nonce || me?.getAttribute('nonce') || undefined;
  let started = false;
  const run = (config?: unknown) => {
    if (started) return;
    started = true;
    api.init(config, { nonce });
  };
  const global = { ...api, version: api.VERSION, __cookiegate: true as const };
  // `CookieGate.init(config)` from the page replaces the default start; calls after a start are reported by init.
  global.init = (config?: unknown) => {
    if (started) return api.init(config);
    run(config);
    return api.$config.get();
  };
  w.CookieGate = global;

  const fromInline = (el: Element, where: string): void => {
    try {
      run(JSON.parse(el.textContent || ''));
    } catch (error) {
      report(problem('json', where, (error as Error).message));
      run(undefined);
    }
  };
  const source = me?.getAttribute('data-config');
  if (source) {
    const inline = /^[A-Za-z][\w:.-]*$/.test(source) && !/\.json$/i.test(source) ? document.getElementById(source) : null;
    if (inline) return fromInline(inline, 'config <script id="' + source + '">');
    // Nothing optional runs while the config loads: gated elements stay inert until init.
    fetch(source, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      })
      .then(run, (error: Error) => {
        report(problem('load', 'data-config', source, error.message));
        run(undefined);
      });
    return;
  }
  const inline = document.getElementById('cookiegate-config');
  if (inline) return fromInline(inline, 'config <script id="cookiegate-config">');
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => run(undefined));
  else run(undefined);
}

try {
  start();
} catch (error) {
  // The host page must keep working whatever happens here.
  try {
    console.error('cookiegate: could not start', error);
  } catch {
    /* nothing left to do */
  }
}
