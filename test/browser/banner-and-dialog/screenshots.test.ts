/**
 * Screenshots of the banner and the preferences dialog at 1280 px and 360 px, and the dark banner, taken from the
 * built bundle on the plain test page. `CG_SCREENSHOTS=1 npx vitest run --project browser test/browser/banner-and-dialog/screenshots`
 * writes them to `examples/screenshots/` for README.md; without it they go to a temporary folder, so an ordinary test
 * run leaves the working tree alone. Either way each shot is checked: right size, and the UI fully in view.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, useBrowserHarness } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { BANNER, DIALOG, LABELS, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

const OUT = process.env.CG_SCREENSHOTS ? join(REPO_ROOT, 'examples/screenshots') : join(tmpdir(), 'cookiegate-screenshots');
mkdirSync(OUT, { recursive: true });

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

interface Shot {
  file: string;
  width: number;
  height: number;
  config: object;
  dialog?: boolean;
}

const SHOTS: Shot[] = [
  { file: 'banner-1280.png', width: 1280, height: 720, config: UI_CONFIG },
  { file: 'banner-360.png', width: 360, height: 740, config: UI_CONFIG },
  { file: 'modal-1280.png', width: 1280, height: 720, config: UI_CONFIG, dialog: true },
  { file: 'modal-360.png', width: 360, height: 740, config: UI_CONFIG, dialog: true },
  { file: 'banner-dark-1280.png', width: 1280, height: 720, config: { ...UI_CONFIG, ui: { theme: 'dark' } } },
];

describe('screenshots', () => {
  for (const shot of SHOTS) {
    it(`${shot.file}: ${shot.dialog ? 'the preferences dialog' : 'the banner'} at ${shot.width} px, fully in view`, async () => {
      const s = await openUiPage(h.open, h.server, { config: shot.config }, { viewport: { width: shot.width, height: shot.height } });
      await s.page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
      let subject = BANNER;
      if (shot.dialog) {
        await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
        await s.page.waitForSelector(DIALOG);
        // show one category's services and cookie table on the wide shot
        if (shot.width >= 1000)
          await s.page
            .locator(DIALOG + ' [aria-expanded="false"]')
            .first()
            .click();
        // the shot shows the dialog, not a focus ring on its first control
        await s.page.evaluate('document.activeElement && document.activeElement.blur()');
        subject = DIALOG;
      }
      // no hover state from the click that opened the dialog
      await s.page.mouse.move(1, 1);
      const box = (await s.page.locator(subject).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(shot.width);
      expect(box.y + box.height).toBeLessThanOrEqual(shot.height);
      const file = join(OUT, shot.file);
      await s.page.screenshot({ path: file, type: 'png', animations: 'disabled', caret: 'hide' });
      expect(pngSize(file)).toEqual({ width: shot.width, height: shot.height });
      expect(statSync(file).size).toBeLessThan(400_000);
    });
  }
});
