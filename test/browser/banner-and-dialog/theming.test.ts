/**
 * Site owners theme cookiegate with `--cg-*` custom properties from their own stylesheet, as README.md shows: a rule
 * on `html .cg-root` (one element selector more specific than ours, so it wins whatever the order of the
 * stylesheets), and `html .cg-root[data-cg-theme="dark"]` for the forced dark theme.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { BANNER, LABELS, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

const THEME = `<style>
  html .cg-root { --cg-btn-bg: #005a9c; --cg-btn-fg: #ffffff; --cg-radius: 0; --cg-font: Georgia, serif; }
  html .cg-root[data-cg-theme="dark"] { --cg-bg: #000000; --cg-btn-bg: #ffd166; --cg-btn-fg: #000000; }
</style>`;

function look(page: import('playwright-core').Page) {
  return page.evaluate(`(function () {
    var banner = document.querySelector('.cg-banner'), btn = banner.querySelector('.cg-btn');
    var b = getComputedStyle(banner), c = getComputedStyle(btn);
    return { buttonBg: c.backgroundColor, buttonFg: c.color, radius: b.borderTopLeftRadius, font: b.fontFamily, bannerBg: b.backgroundColor };
  })()`) as Promise<Record<string, string>>;
}

describe('theming with --cg-* custom properties', () => {
  it('host rules on html .cg-root restyle the banner, and both choices alike', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, head: THEME });
    const themed = await look(s.page);
    expect(themed.buttonBg).toBe('rgb(0, 90, 156)');
    expect(themed.buttonFg).toBe('rgb(255, 255, 255)');
    expect(themed.radius).toBe('0px');
    expect(themed.font).toContain('Georgia');
    const reject = s.page.locator(BANNER).getByRole('button', { name: LABELS.rejectAll, exact: true });
    expect(await reject.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(themed.buttonBg);
  });

  it('the forced dark theme takes its own overrides', async () => {
    const s = await openUiPage(h.open, h.server, { config: { ...UI_CONFIG, ui: { theme: 'dark' } }, head: THEME });
    const themed = await look(s.page);
    expect(themed.bannerBg).toBe('rgb(0, 0, 0)');
    expect(themed.buttonBg).toBe('rgb(255, 209, 102)');
  });

  it('without host rules the defaults apply (so the checks above see the override)', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    const plain = await look(s.page);
    expect(plain.buttonBg).not.toBe('rgb(0, 90, 156)');
    expect(plain.radius).not.toBe('0px');
  });
});
