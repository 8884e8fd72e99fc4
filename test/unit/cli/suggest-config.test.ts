/**
 * The audit's advice: catalogue services in their categories, one markup change per unmarked tag, and `autoBlock`
 * when a script inserted what leaked; and where it looks for a browser on each system.
 */
import { describe, expect, it } from 'vitest';
import { usualBrowserPaths } from '../../../src/cli/find-browser';
import type { AuditReport, Leak } from '../../../src/cli/report-types';
import { suggestConfig } from '../../../src/cli/suggest-config';

const ga = { service: 'google-analytics', label: 'Google Analytics', category: 'performance', from: 'catalogue' } as const;
const report = (leaks: Leak[]): Omit<AuditReport, 'suggestion'> => ({
  version: 1,
  url: 'https://shop.example/',
  startedAt: '2026-01-01T00:00:00.000Z',
  duration: 1,
  browser: { path: '/usr/bin/chromium', version: '1' },
  cookiegateFound: true,
  phases: [],
  leaks,
  inventory: [
    { naming: ga, hosts: ['www.google-analytics.com'], cookies: ['_ga'], storage: [], phases: ['first-visit'] },
    { naming: { service: 'demo', label: 'Demo', category: 'targeting', from: 'site-config' }, hosts: [], cookies: [], storage: [], phases: ['accept-all'] },
  ],
  unknown: [],
  exitCode: leaks.length ? 1 : 0,
});

describe('suggested config', () => {
  it('places catalogue services in their category and leaves the site’s own services alone', () => {
    expect(suggestConfig(report([])).config).toEqual({ categories: { performance: { services: { 'google-analytics': {} } } } });
  });

  it('turns an unmarked <script src> into a blocked one, and a script-inserted leak into autoBlock', () => {
    const url = 'https://www.googletagmanager.com/gtag/js?id=G-1&l=dataLayer';
    const suggestion = suggestConfig(
      report([
        {
          phase: 'first-visit',
          kind: 'request',
          subject: url,
          naming: ga,
          cause: { type: 'parser', element: 'Script', text: '<script src> in the HTML of /, line 4' },
        },
        {
          phase: 'first-visit',
          kind: 'request',
          subject: 'https://www.google-analytics.com/g/collect',
          naming: ga,
          cause: { type: 'script', text: 'script gtag.js, line 1' },
        },
      ]),
    );
    expect(suggestion.markup).toEqual([
      {
        url,
        cause: '<script src> in the HTML of /, line 4',
        before: '<script src="https://www.googletagmanager.com/gtag/js?id=G-1&amp;l=dataLayer"></script>',
        after:
          '<script type="text/plain" data-category="performance" data-service="google-analytics" src="https://www.googletagmanager.com/gtag/js?id=G-1&amp;l=dataLayer"></script>',
      },
    ]);
    expect(suggestion.config.autoBlock).toBe(true);
  });
});

describe('browser discovery', () => {
  it('knows where Chrome, Chromium and Edge install on Linux, macOS and Windows', () => {
    expect(usualBrowserPaths('linux', {})).toEqual(expect.arrayContaining(['/usr/bin/google-chrome', '/usr/bin/chromium', '/usr/bin/microsoft-edge']));
    expect(usualBrowserPaths('darwin', {})).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(usualBrowserPaths('win32', { PROGRAMFILES: 'C:\\Program Files' })).toEqual(
      expect.arrayContaining(['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe']),
    );
  });
});
