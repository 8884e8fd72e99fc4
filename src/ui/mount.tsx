import { render } from 'preact';
import css from '../../styles/cookiegate.css?raw';
import { showPreferences } from '../core/actions';
import { on } from '../core/events';
import { getNonce } from '../core/nonce';
import { $config, $consent, $gpc, $language, $loadingTexts, $ui } from '../core/stores';
import type { ChoiceDetail } from '../core/types';
import { Banner } from './banner';
import { Preferences } from './preferences';
import { rememberOpener, restoreFocus } from './focus-trap';
import { startPlaceholders } from './placeholder';
import { currentTexts, styleRoot } from './root';
import { keepFocusVisible } from './focus-not-obscured';

const STYLE_ID = 'cg-style';
/** Set on the stylesheet we inject: markup that only borrows our id (`<div id="cg-style">`) must not stop it. */
const STYLE_MARK = 'data-cg-style';

let unmount: (() => void) | undefined;

/** Injects the stylesheet once, with the CSP nonce of the script that loaded us. */
function injectCss(): void {
  // A page that links dist/cookiegate.css itself (a CSP without nonces) needs no second copy.
  if (document.querySelector('style[' + STYLE_MARK + '], link[rel~="stylesheet"][href*="cookiegate"]')) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.setAttribute(STYLE_MARK, '');
  const nonce = getNonce();
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  (document.head || document.documentElement).appendChild(style);
}

/**
 * Renders the banner, the preferences dialog and the re-open control into `<div class="cg-root">`, keeps them
 * in step with the stores, and starts embed placeholders. Safe to call twice: the second call returns the
 * first call's unmount function. With `ui.disabled` nothing is rendered, but placeholders and
 * `[data-cookiegate="preferences"]` links still work.
 *
 * @example const unmount = mountUi()
 * @returns a function that removes everything it added
 */
export function mountUi(): () => void {
  if (unmount) return unmount;
  const cleanups: Array<() => void> = [];
  let root: HTMLDivElement | undefined;
  let status = '';
  let wasOpen = false;

  const draw = () => {
    if (!root) return;
    const config = $config.get();
    const ui = $ui.get();
    const consent = $consent.get();
    const texts = currentTexts();
    styleRoot(root);
    if (ui.preferences && !wasOpen) status = '';
    const bannerHadFocus = !!root.querySelector('.cg-banner')?.contains(document.activeElement);
    const props = { config, consent, texts, gpc: $gpc.get() };
    render(
      config.ui.disabled ? null : (
        <>
          {ui.banner && <Banner {...props} inert={ui.preferences} />}
          {ui.preferences && <Preferences {...props} />}
          {consent && config.ui.reopen && !ui.banner && (
            <aside class="cg-reopen-wrap" aria-label={texts.reopen} inert={ui.preferences}>
              <button
                type="button"
                class={'cg-reopen cg-' + config.ui.reopen}
                onClick={(event) => {
                  rememberOpener(event.currentTarget);
                  showPreferences();
                }}
              >
                {texts.reopen}
              </button>
            </aside>
          )}
          <div role="status" class="cg-sr">
            {status}
          </div>
        </>
      ),
      root,
    );
    keepFocusVisible(root.querySelector<HTMLElement>('.cg-banner'));
    // After the stores settle: a choice closes the dialog first and stores the consent (which brings the
    // re-open control) right after.
    if (wasOpen && !ui.preferences) queueMicrotask(restoreFocus);
    // A choice on the banner removes the button that had focus; like the dialog, hand focus on to the re-open
    // control instead of dropping it on <body> (WCAG 2.4.3).
    else if (bannerHadFocus && !ui.banner) queueMicrotask(restoreFocus);
    wasOpen = ui.preferences;
  };

  // The visitor's own choice made in our UI is confirmed politely, without moving focus (WCAG 4.1.3).
  const confirm = ({ source, remote }: ChoiceDetail) => {
    if (!remote && (source == 'banner' || source == 'modal')) {
      status = currentTexts().modal.saved;
      draw();
    }
  };

  // Any `[data-cookiegate="preferences"]` on the page opens the dialog, also when added later.
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('[data-cookiegate="preferences"]');
    if (link) {
      event.preventDefault();
      rememberOpener(link);
      showPreferences();
    }
  };

  const start = () => {
    // While init loads the texts of the page's language, nothing is shown (no English first); the stored choice
    // is in force meanwhile, and a click on a preferences link opens the dialog once the texts are there.
    if ($loadingTexts.get()) {
      const off = $loadingTexts.listen(() => {
        off();
        start();
      });
      cleanups.push(off);
      return;
    }
    injectCss();
    root = document.createElement('div');
    root.className = 'cg-root';
    // First in <body>: the banner comes first in tab and reading order (WCAG 2.4.3), before the page it
    // overlays; it is fixed-positioned, so nothing in the page moves.
    document.body.prepend(root);
    draw();
    cleanups.push(
      ...[$config, $consent, $ui, $gpc, $language].map((store) => store.listen(draw)),
      on('consent', confirm),
      on('change', confirm),
      startPlaceholders(),
      () => {
        keepFocusVisible(null);
        render(null, root!);
        root!.remove();
      },
    );
  };

  document.addEventListener('click', onClick);
  cleanups.push(() => document.removeEventListener('click', onClick));
  if (document.body) start();
  else {
    document.addEventListener('DOMContentLoaded', start, { once: true });
    cleanups.push(() => document.removeEventListener('DOMContentLoaded', start));
  }

  return (unmount = () => {
    cleanups.splice(0).forEach((fn) => fn());
    unmount = undefined;
  });
}
