/**
 * axe-core finds nothing wrong with what visitors see: the banner, the preferences dialog (every panel expanded) and
 * the re-open control, in the light and the dark theme (forced and from the system), in English and in a right-to-left
 * language, and at 320 px width. Runs against the built `dist/cookiegate.js` on a plain page.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserHarness, type PageSession } from '../harness';
import { ARABIC_CONFIG, UI_CONFIG } from '../../shared/fixtures';
import { formatViolations, runAxe } from '../harness/axe';
import { BANNER, DIALOG, LABELS, REOPEN, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

interface Variant {
  name: string;
  config: Record<string, unknown>;
  colorScheme?: 'light' | 'dark';
  width?: number;
}

const VARIANTS: Variant[] = [
  { name: 'light, English', config: UI_CONFIG, colorScheme: 'light' },
  { name: 'dark forced by ui.theme', config: { ...UI_CONFIG, ui: { theme: 'dark' } }, colorScheme: 'light' },
  { name: 'dark from prefers-color-scheme', config: UI_CONFIG, colorScheme: 'dark' },
  { name: 'Arabic (rtl)', config: ARABIC_CONFIG },
  { name: 'Arabic (rtl), dark', config: ARABIC_CONFIG, colorScheme: 'dark' },
  { name: '320 px wide', config: UI_CONFIG, width: 320 },
  { name: '320 px wide, dark', config: { ...UI_CONFIG, ui: { theme: 'dark' } }, width: 320 },
  { name: 'bar layout at the top', config: { ...UI_CONFIG, ui: { layout: 'bar', position: 'top' } } },
];

async function open(variant: Variant): Promise<PageSession> {
  const s = await openUiPage(
    h.open,
    h.server,
    { config: variant.config },
    {
      viewport: { width: variant.width ?? 1280, height: 720 },
    },
  );
  if (variant.colorScheme) await s.page.emulateMedia({ colorScheme: variant.colorScheme });
  return s;
}

async function expectClean(s: PageSession): Promise<void> {
  const result = await runAxe(s.page);
  expect(result.violations, formatViolations(result.violations)).toEqual([]);
  // axe looked at our UI, not only at the host page
  expect(result.checkedUi).toBe(true);
  expect(s.pageErrors).toEqual([]);
  expect(s.consoleErrors).toEqual([]);
}

/** Opens the dialog from the banner and expands every category's services (tables included). */
async function openDialog(s: PageSession): Promise<void> {
  await s.page
    .locator(BANNER + ' button')
    .nth(2)
    .click();
  await s.page.waitForSelector(DIALOG);
  const closed = s.page.locator(DIALOG + ' [aria-expanded="false"]');
  for (let n = await closed.count(); n > 0; n--) await closed.first().click();
  expect(await s.page.locator(DIALOG + ' [aria-expanded="true"]').count()).toBeGreaterThan(0);
  expect(await s.page.locator(DIALOG + ' table').count()).toBeGreaterThan(0);
}

describe('axe-core', () => {
  for (const variant of VARIANTS) {
    it(`reports no violations with the banner open (${variant.name})`, async () => {
      const s = await open(variant);
      expect(await s.page.locator(BANNER).isVisible()).toBe(true);
      await expectClean(s);
    });

    it(`reports no violations with the preferences dialog open (${variant.name})`, async () => {
      const s = await open(variant);
      await openDialog(s);
      await expectClean(s);
    });
  }

  for (const variant of [VARIANTS[0]!, VARIANTS[1]!, VARIANTS[3]!, VARIANTS[5]!]) {
    it(`reports no violations with the re-open control showing after a choice (${variant.name})`, async () => {
      const s = await open(variant);
      await s.page
        .locator(BANNER + ' button')
        .nth(1)
        .click();
      await s.page.waitForSelector(REOPEN);
      expect(await s.page.locator(BANNER).count()).toBe(0);
      await expectClean(s);
    });
  }

  it('reports no violations in the English default with no config at all', async () => {
    const s = await openUiPage(h.open, h.server, { config: {} });
    expect(await s.page.locator(BANNER).getByRole('button', { name: LABELS.rejectAll, exact: true }).count()).toBe(1);
    await expectClean(s);
  });
});

describe('the axe check itself', () => {
  it('fails on a nameless button inside the banner (so a clean run means something)', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    await s.page.evaluate("document.querySelector('.cg-banner .cg-btns').appendChild(document.createElement('button'))");
    const result = await runAxe(s.page);
    expect(result.violations.map((v) => v.id)).toContain('button-name');
  });
});
