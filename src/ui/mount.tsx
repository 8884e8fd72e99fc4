import { render } from 'preact';
import { $config, $consent, $gpc, $language, $loadingTexts, $regime, $ui, on, restoreFocus, type ChoiceDetail } from '../core/kernel';
import { Banner } from './banner';
import { Notice } from './notice';
import { Preferences } from './preferences';
import { currentTexts, styleRoot } from './root';
import { keepFocusVisible } from './focus-not-obscured';
import { injectUiStyle } from './style';

let unmount: (() => void) | undefined;
/** Draws again with what the stores hold; set while mounted. */
let redraw: (() => void) | undefined;
/** The dialog is laid out, unseen, ahead of a click that may open it (until it has been open and closed). */
let ahead = false;
/**
 * The dialog has been open on this page: from then on it is built when opened, as before any approach. Once closed it
 * is gone again, and the control that reappears under a pointer at rest is not a visitor coming to it.
 */
let openedBefore = false;

/**
 * Lays the preferences dialog out unseen, because a visitor came near a control that opens it (the re-open control,
 * a preferences link): a click then only shows it, in the next frame. It does so until the dialog is first opened on
 * the page (later openings build it, as before); it costs no download, and nothing in the page changes.
 */
export function warmPreferences(): void {
  if (ahead || openedBefore || $ui.get().preferences) return;
  ahead = true;
  redraw?.();
}

/**
 * Renders the banner and the preferences dialog into `<div class="cg-root">` and keeps them in step with the stores
 * (the on-demand `ui` part; the re-open control and preferences links are the gate's, `src/gate/start-ui.ts`).
 * Safe to call twice: the second call returns the first call's unmount function. With `ui.disabled` nothing is
 * rendered.
 *
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
    // Outside opt-in the first layer is the regime's notice; a choice already stands.
    const regime = $regime.get();
    // Once shown and closed again it is gone, as before any approach: the next approach lays it out anew.
    if (wasOpen && !ui.preferences) ahead = false;
    if (ui.preferences) openedBefore = true;
    render(
      config.ui.disabled ? null : (
        <>
          {ui.banner && (regime === 'opt-in' ? <Banner {...props} inert={ui.preferences} /> : <Notice {...props} regime={regime} inert={ui.preferences} />)}
          {(ui.preferences || ahead) && <Preferences {...props} open={ui.preferences} />}
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
    if (!remote && (source === 'banner' || source === 'modal')) {
      status = currentTexts().modal.saved;
      draw();
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
    injectUiStyle();
    root = document.createElement('div');
    root.className = 'cg-root';
    // First in <body>: the banner comes first in tab and reading order (WCAG 2.4.3), before the page it
    // overlays; it is fixed-positioned, so nothing in the page moves.
    document.body.prepend(root);
    draw();
    redraw = draw;
    cleanups.push(
      ...[$config, $consent, $ui, $gpc, $language, $regime].map((store) => store.listen(draw)),
      on('consent', confirm),
      on('change', confirm),
      () => {
        redraw = undefined;
        ahead = false;
        openedBefore = false;
        keepFocusVisible(null);
        render(null, root!);
        root!.remove();
      },
    );
  };

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
