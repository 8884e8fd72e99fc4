/**
 * Config text is text: HTML in any string the UI shows stays the characters typed, `javascript:` links are not links,
 * and nothing a site owner (or whoever edited their JSON) writes can run script or create elements in the page.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserHarness, type PageSession } from '../harness';
import { BANNER, DIALOG, LABELS, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

const IMG = '<img src=x onerror=window.__xss=1>';
const MD_JS = '[x](javascript:window.__xss=1)';
const MD_JS_TAB = '[tabbed](java\tscript:window.__xss=2)';
const MD_JS_CASE = '[upper]( JavaScript:window.__xss=3)';
const MD_DATA = '[data](data:text/html,<script>window.__xss=4</script>)';
const SCRIPT = '</script><script>window.__xss=5</script>';
const SVG = '<svg onload=window.__xss=6></svg>';

const HOSTILE_CONFIG = {
  revision: 1,
  controller: { name: 'Evil ' + IMG, policyUrl: 'javascript:window.__xss=7' },
  categories: {
    performance: {
      title: 'Perf ' + SVG,
      description: 'Counts ' + MD_JS + ' and ' + IMG + ' and *' + IMG + '*',
      services: {
        ga: {
          label: 'GA ' + IMG,
          provider: 'Prov ' + SVG,
          purpose: 'Purpose ' + SCRIPT,
          policyUrl: 'javascript:window.__xss=8',
          cookies: [{ name: '_ga', duration: IMG, purpose: MD_JS }],
        },
      },
    },
  },
  translations: {
    en: {
      banner: {
        title: 'Title ' + IMG,
        description: '{controller} ' + MD_JS + ' ' + MD_JS_TAB + ' ' + MD_JS_CASE + ' ' + MD_DATA + ' ' + SCRIPT + ' [ok](/privacy#ok) *em*',
      },
      modal: { description: 'Modal ' + IMG + ' ' + MD_JS },
    },
  },
};

async function openHostile(): Promise<PageSession> {
  const s = await openUiPage(h.open, h.server, { config: HOSTILE_CONFIG });
  await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
  await s.page.waitForSelector(DIALOG);
  const closed = s.page.locator(DIALOG + ' [aria-expanded="false"]');
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  await s.page.waitForTimeout(300);
  return s;
}

describe('hostile config strings', () => {
  it('never run: no handler, no script, no request for the injected image', async () => {
    const s = await openHostile();
    expect(await s.page.evaluate('window.__xss')).toBeUndefined();
    expect(h.server.requestsTo('/x')).toHaveLength(0);
    // the config arrived whole (a broken config would fall back to defaults and prove nothing)
    // and the two javascript: policy URLs are reported by their config paths
    expect(s.cookiegateErrors.map((line) => line.split(':')[1]!.trim())).toEqual(['controller.policyUrl', 'categories.performance.services.ga.policyUrl']);
    expect(await s.page.locator(BANNER + ' h2').textContent()).toBe('Title ' + IMG);
    expect(s.pageErrors).toEqual([]);
  });

  it('never create elements: only our own markup, with the strings shown as typed', async () => {
    const s = await openHostile();
    const injected = await s.page.evaluate(
      "document.querySelectorAll('.cg-root img, .cg-root svg, .cg-root script, .cg-root iframe, .cg-root [onerror], .cg-root [onload]').length",
    );
    expect(injected).toBe(0);
    expect(await s.page.evaluate("document.querySelectorAll('body img, body svg').length")).toBe(0);
    const banner = (await s.page.locator(BANNER).textContent())!;
    expect(banner).toContain('Title ' + IMG);
    expect(banner).toContain('Evil ' + IMG);
    expect(banner).toContain(SCRIPT);
    const dialog = (await s.page.locator(DIALOG).textContent())!;
    expect(dialog).toContain('GA ' + IMG);
    expect(dialog).toContain('Prov ' + SVG);
    expect(dialog).toContain('Purpose ' + SCRIPT);
    expect(dialog).toContain('Modal ' + IMG);
  });

  it('do not render javascript:, data: or disguised script URLs as links; safe links and emphasis still work', async () => {
    const s = await openHostile();
    const hrefs = (await s.page.evaluate(
      "Array.from(document.querySelectorAll('.cg-root a')).map(function (a) { return a.getAttribute('href'); })",
    )) as string[];
    for (const href of hrefs) expect(href.replace(/[\x00-\x20]/g, '').toLowerCase(), href).not.toMatch(/^(javascript|data|vbscript):/);
    expect(hrefs).toContain('/privacy#ok');
    // the unsafe policy URLs produced no link at all
    expect(hrefs.filter((href) => href.includes('xss'))).toEqual([]);
    // the unsafe markdown links show their label as plain text
    const banner = s.page.locator(BANNER);
    expect(await banner.getByRole('link', { name: 'x', exact: true }).count()).toBe(0);
    expect(await banner.getByRole('link', { name: 'tabbed' }).count()).toBe(0);
    expect(await banner.getByRole('link', { name: 'upper' }).count()).toBe(0);
    expect(await banner.getByRole('link', { name: 'data' }).count()).toBe(0);
    expect(await banner.getByRole('link', { name: 'ok' }).count()).toBe(1);
    expect(await banner.locator('em').allTextContents()).toEqual(['em']);
    // emphasis around hostile HTML is still only text
    expect(await s.page.locator(DIALOG + ' em').allTextContents()).toEqual([IMG]);
  });
});
