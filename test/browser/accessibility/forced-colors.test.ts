/**
 * Windows High Contrast / forced colors (WCAG 1.4.11 under a user's own palette): the browser replaces every colour
 * with system colours, so what tells surfaces, buttons and switch states apart must survive without our palette:
 * borders, outlines and the switch's own system-colour fill.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { contrastRatio } from '../harness/color-contrast';
import { BANNER, DIALOG, LABELS, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

interface Edge {
  style: string;
  width: number;
  color: string;
  background: string;
}

const edge = (el: Element): Edge => {
  const cs = getComputedStyle(el);
  return { style: cs.borderTopStyle, width: parseFloat(cs.borderTopWidth), color: cs.borderTopColor, background: cs.backgroundColor };
};

describe('forced colors (high contrast)', () => {
  it('the banner, its buttons and the focus ring keep visible edges in system colours', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    await s.page.emulateMedia({ forcedColors: 'active' });
    expect(await s.page.evaluate(`matchMedia('(forced-colors: active)').matches`)).toBe(true);
    const banner = await s.page.locator(BANNER).evaluate(edge);
    const pageBackground = (await s.page.evaluate(`getComputedStyle(document.body).backgroundColor`)) as string;
    // the banner sits on the page with a border, since its own background turns into the page's Canvas
    expect(banner.style).toBe('solid');
    expect(banner.width).toBeGreaterThanOrEqual(1);
    expect(contrastRatio(banner.color, banner.background === 'rgba(0, 0, 0, 0)' ? pageBackground : banner.background)).toBeGreaterThanOrEqual(3);
    for (const label of [LABELS.acceptAll, LABELS.rejectAll, LABELS.manage]) {
      const button = s.page.locator(BANNER).getByRole('button', { name: label, exact: true });
      const line = await button.evaluate(edge);
      expect(line.style, label).toBe('solid');
      expect(line.width, label).toBeGreaterThanOrEqual(1);
      expect(contrastRatio(line.color, banner.background), label).toBeGreaterThanOrEqual(3);
    }
    await s.page.keyboard.press('Tab');
    const ring = (await s.page.evaluate(`(function () {
      var cs = getComputedStyle(document.activeElement);
      return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), inside: !!document.activeElement.closest('.cg-root') };
    })()`)) as { style: string; width: number; inside: boolean };
    expect(ring.inside).toBe(true);
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
  });

  it('a switch that is on looks different from one that is off, in system colours', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    await s.page.emulateMedia({ forcedColors: 'active' });
    await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
    await s.page.waitForSelector(DIALOG);
    await s.page.locator('#cg-c-performance').check();
    const state = (await s.page.evaluate(`(function () {
      function look(id) {
        var el = document.querySelector(id), cs = getComputedStyle(el), knob = getComputedStyle(el, '::before');
        return { fill: cs.backgroundColor, border: cs.borderTopColor, knob: knob.backgroundColor };
      }
      return { on: look('#cg-c-performance'), off: look('#cg-c-functionality'),
        surface: getComputedStyle(document.querySelector('.cg-modal')).backgroundColor };
    })()`)) as { on: Record<string, string>; off: Record<string, string>; surface: string };
    expect(state.on.fill).not.toBe(state.off.fill);
    // each state's track edge and knob stand out from what is behind them
    expect(contrastRatio(state.off.border!, state.surface)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(state.off.knob!, state.off.fill!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(state.on.knob!, state.on.fill!)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(state.on.fill!, state.surface)).toBeGreaterThanOrEqual(3);
  });
});
