/**
 * Consent per purpose (Planet49; EDPB 03/2022): the dialog opens with every optional category off, and Save stores
 * exactly the set switched on, for all 16 combinations of the four optional categories, never more.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { BANNER, DIALOG, LABELS, getConsent, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

const OPTIONAL = ['performance', 'functionality', 'targeting', 'social'];
/** Which of UI_CONFIG's services belong to which category. */
const SERVICES: Record<string, string[]> = { performance: ['ga'], social: ['yt'] };

describe('consent per purpose', () => {
  it('each of the 16 combinations of optional categories is stored exactly as switched, from switches that start off', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    for (let mask = 0; mask < 16; mask++) {
      const chosen = OPTIONAL.filter((_, i) => mask & (1 << i));
      await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
      await s.page.waitForSelector(DIALOG);
      for (const id of OPTIONAL) expect(await s.page.locator('#cg-c-' + id).isChecked(), `${id} starts off (${chosen})`).toBe(false);
      expect(await s.page.locator('#cg-c-necessary').isChecked()).toBe(true);
      expect(await s.page.locator('#cg-c-necessary').isDisabled()).toBe(true);
      for (const id of chosen) await s.page.locator('#cg-c-' + id).check();
      await s.page.locator(DIALOG).getByRole('button', { name: LABELS.save }).click();
      await s.page.waitForSelector(DIALOG, { state: 'detached' });
      const consent = (await getConsent(s.page))!;
      expect(consent.categories.slice().sort(), 'categories for ' + chosen).toEqual(['necessary', ...chosen].sort());
      expect(consent.services.slice().sort(), 'services for ' + chosen).toEqual(chosen.flatMap((id) => SERVICES[id] ?? []).sort());
      // forget it: the banner comes back for the next combination
      await s.page.evaluate('CookieGate.reset()');
      await s.page.waitForSelector(BANNER);
    }
    expect(s.pageErrors).toEqual([]);
  });
});
