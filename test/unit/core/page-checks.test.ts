// @vitest-environment happy-dom
/**
 * What cookiegate checks on the page as it starts (src/core/engine/page-checks.ts): a vendor tag that ran before its
 * denied state could be set, and `<noscript>` fallbacks that load a third party with JavaScript off. The message
 * texts are the catalogue's (test/unit/core/errors.test.ts); here, which pages get a line and which do not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { adviseNoscript, reportLateVendors } from '../../../src/core/engine/page-checks';
import { heldVendors } from '../../../src/core/integrations/held-vendors';
import type { Config } from '../../../src/core/types';

const w = window as unknown as { fbq?: unknown; dataLayer?: unknown };
const withMeta: Config = { ...DEFAULT_CONFIG, vendors: { meta: 'targeting' } };
const withGoogle: Config = { ...DEFAULT_CONFIG, googleConsentMode: { mode: 'basic', mapping: {}, waitForUpdate: 500, dataLayer: true } as never };

/** Meta's snippet as published: `fbq` queues its calls until fbevents.js arrives. */
function metaSnippet(calls: unknown[][], loaded = false): void {
  const fbq = Object.assign(() => {}, { queue: calls.map((call) => ({ ...call, length: call.length })) as unknown[] });
  if (loaded) Object.assign(fbq, { queue: [], callMethod: () => {} });
  w.fbq = fbq;
}

/** The lines cookiegate logged, without their prefix. */
function logged(): string[] {
  const lines = [...vi.mocked(console.error).mock.calls, ...vi.mocked(console.warn).mock.calls].map((call) => String(call[0]));
  return lines.map((line) => line.replace(/^cookiegate( advice)?: /, ''));
}

afterEach(() => {
  vi.restoreAllMocks();
  delete w.fbq;
  delete w.dataLayer;
  heldVendors.clear();
  document.body.replaceChildren();
});

describe('reportLateVendors', () => {
  const quiet = () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  };

  it('names vendors.meta when fbq("init") is queued before any consent call, or fbevents.js already ran', () => {
    quiet();
    metaSnippet([
      ['init', '123'],
      ['track', 'PageView'],
    ]);
    reportLateVendors(withMeta);
    metaSnippet([], true);
    reportLateVendors(withMeta);
    metaSnippet([
      ['init', '123'],
      ['consent', 'revoke'],
    ]);
    reportLateVendors(withMeta);
    expect(logged().filter((line) => line.startsWith('vendors.meta: '))).toHaveLength(3);
  });

  it('says nothing when consent came first, when our revoke went out before it, or when the config does not name meta', () => {
    quiet();
    metaSnippet([
      ['consent', 'revoke'],
      ['init', '123'],
    ]);
    reportLateVendors(withMeta);
    metaSnippet([['init', '123']]);
    reportLateVendors(DEFAULT_CONFIG);
    heldVendors.add('meta'); // the script tag's data-vendors="meta" held it before the config arrived
    reportLateVendors(withMeta);
    expect(logged()).toEqual([]);
  });

  it('names googleConsentMode once when a Google tag or GTM started before any consent command', () => {
    quiet();
    w.dataLayer = [
      { length: 2, 0: 'js', 1: new Date() },
      { length: 2, 0: 'config', 1: 'G-1' },
    ];
    reportLateVendors(withGoogle);
    w.dataLayer = [{ event: 'gtm.js', 'gtm.start': 1 }];
    reportLateVendors(withGoogle);
    expect(logged().map((line) => line.split(':')[0])).toEqual(['googleConsentMode', 'googleConsentMode']);
  });

  it('says nothing when a consent command came first, or Consent Mode is off', () => {
    quiet();
    w.dataLayer = [
      { length: 3, 0: 'consent', 1: 'default', 2: {} },
      { length: 2, 0: 'js', 1: new Date() },
    ];
    reportLateVendors(withGoogle);
    w.dataLayer = [{ length: 2, 0: 'js', 1: new Date() }];
    reportLateVendors(DEFAULT_CONFIG);
    expect(logged()).toEqual([]);
  });
});

/** A `<noscript>` as a browser with JavaScript on keeps it: its markup as text. */
const noscript = (markup: string) => {
  document.body.appendChild(document.createElement('noscript')).textContent = markup;
};

describe('adviseNoscript', () => {
  it("advises once per <noscript> that would load another site, naming its URL, and not for this site's own", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    noscript('<img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView&noscript=1"/>');
    noscript('<iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXX" height="0" width="0"></iframe>');
    noscript('<img src="/pixel.gif"><a href="' + location.origin + '/no-js">Without JavaScript</a>');
    noscript('Please turn on JavaScript.');
    adviseNoscript();
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      expect.stringMatching(/^cookiegate advice: <noscript>: loads https:\/\/www\.facebook\.com\/tr\?id=1&ev=PageView/),
      expect.stringMatching(/^cookiegate advice: <noscript>: loads https:\/\/www\.googletagmanager\.com\/ns\.html\?id=GTM-XXXX /),
    ]);
  });

  it('waits for the document to be parsed before looking', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    adviseNoscript();
    noscript('<img src="https://px.ads.test/1.gif">');
    expect(warn).not.toHaveBeenCalled();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(warn).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
