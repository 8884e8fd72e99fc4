// @vitest-environment happy-dom
/**
 * `loadScript` (src/core/platform/load-script.ts): how the gate runs one of its own files (the UI, embeds, records,
 * callbacks). happy-dom runs no files here: it answers each with `load` (the file ran); a test that needs the
 * browser's failure answers `error` instead, as a browser does for a 404, a CSP block or an integrity mismatch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('../../../src/core/platform/load-script');
type HappyDomSettings = { disableJavaScriptFileLoading: boolean; handleDisabledFileLoadingAsSuccess: boolean };

const settings = (window as unknown as { happyDOM: { settings: HappyDomSettings } }).happyDOM.settings;
const base = location.origin;

beforeEach(() => {
  settings.disableJavaScriptFileLoading = true;
  settings.handleDisabledFileLoadingAsSuccess = true;
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.head.replaceChildren();
});

/** The module with a fresh nonce and Trusted Types policy, as on a new page. */
async function fresh(nonce?: string): Promise<Module> {
  vi.resetModules();
  (await import('../../../src/core/platform/nonce')).setNonce(nonce);
  return import('../../../src/core/platform/load-script');
}

/**
 * The next script added to `<head>` fails as in a browser that cannot run it: it is in the document, and gets
 * `error` instead of `load` (its `type` keeps happy-dom from answering it first).
 */
function failNextScript(): void {
  const append = HTMLElement.prototype.appendChild;
  vi.spyOn(document.head, 'appendChild').mockImplementationOnce(function (this: HTMLElement, node) {
    (node as Element).setAttribute('type', 'text/x-not-run');
    append.call(this, node);
    queueMicrotask(() => node.dispatchEvent(new Event('error')));
    return node;
  });
}

const INTEGRITY = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';

describe('loadScript', () => {
  it('adds a script with the nonce, the integrity hash and an anonymous CORS request, and resolves once it ran', async () => {
    const { loadScript } = await fresh('n0nce');
    let added: HTMLScriptElement | undefined;
    const watch = new MutationObserver((records) => (added ??= records[0]!.addedNodes[0] as HTMLScriptElement));
    watch.observe(document.head, { childList: true });
    const loading = loadScript(base + '/cookiegate-ui.js', INTEGRITY);
    await Promise.resolve();
    watch.disconnect();
    const script = added!;
    expect(script.parentNode).toBe(document.head);
    expect(script.src).toBe(base + '/cookiegate-ui.js');
    expect(script.nonce).toBe('n0nce');
    expect(script.integrity).toBe(INTEGRITY);
    expect(script.crossOrigin).toBe('anonymous');
    await expect(loading).resolves.toBeUndefined();
  });

  it('sets no nonce or integrity attribute when there is none', async () => {
    const { loadScript } = await fresh();
    void loadScript(base + '/cookiegate-ui.js', '');
    const script = document.head.querySelector('script')!;
    expect(script.hasAttribute('nonce')).toBe(false);
    expect(script.hasAttribute('integrity')).toBe(false);
  });

  it('rejects naming the URL and the likely causes when the file does not run, and takes its element away', async () => {
    const { loadScript } = await fresh();
    const url = base + '/cookiegate-embeds.js';
    failNextScript();
    const loading = loadScript(url, INTEGRITY);
    expect(document.head.querySelector('script')).not.toBeNull();
    await expect(loading).rejects.toThrow(url + ' did not run (not found, offline, blocked by CSP, or its integrity hash did not match)');
    expect(document.head.querySelector('script')).toBeNull();
  });

  it('gives the URL through the cookiegate Trusted Types policy, and names the policy when the page refuses it', async () => {
    const createPolicy = vi.fn((name: string, rules: { createScriptURL(s: string): string }) => ({
      createScript: (s: string) => s,
      createScriptURL: (s: string) => rules.createScriptURL(s) + '#via-' + name,
    }));
    vi.stubGlobal('trustedTypes', { createPolicy });
    let { loadScript } = await fresh();
    void loadScript(base + '/cookiegate-ui.js', '');
    expect(document.head.querySelector('script')!.src).toBe(base + '/cookiegate-ui.js#via-cookiegate');

    // `require-trusted-types-for 'script'` without our policy: the browser refuses the assignment itself.
    document.head.replaceChildren();
    vi.stubGlobal('trustedTypes', {
      createPolicy: () => {
        throw new TypeError('Policy "cookiegate" disallowed.');
      },
    });
    const refuse = vi.spyOn(HTMLScriptElement.prototype, 'src', 'set').mockImplementation(() => {
      throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
    });
    try {
      ({ loadScript } = await fresh());
      await expect(loadScript(base + '/cookiegate-ui.js', '')).rejects.toThrow(
        base + "/cookiegate-ui.js: This document requires 'TrustedScriptURL' assignment.; under Trusted Types allow our policy: trusted-types cookiegate",
      );
      expect(document.head.querySelector('script')).toBeNull();
    } finally {
      refuse.mockRestore();
    }
  });
});
