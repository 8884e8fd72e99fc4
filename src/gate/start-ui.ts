import baseCss from '../../styles/base.css?raw';
import { $config, $consent, $ui, ensureTexts, isRestoringFocus, loadPart, rememberOpener, showPreferences, STATE_ATTR, type Parts } from '../core/kernel';
import { startReopen } from './reopen';
import { injectStyle } from './styles';

let stop: (() => void) | undefined;

/** Our own links to the preferences, anywhere in the page (also added later). */
const PREFERENCES_LINK = '[data-cookiegate="preferences"]';

/**
 * Starts the built-in UI the way a page view can afford: the re-open control and preferences links at once (plain
 * DOM, in the gate), the banner and dialog (`ui`) and embed placeholders (`embeds`) only when something needs them:
 * - `ui` at once when there is no valid stored choice (the banner will show), else when the banner or the dialog is
 *   asked for (`show()`, `showPreferences()`, the re-open control, a preferences link), and fetched ahead when the
 *   pointer, focus or a finger comes to the re-open control or a preferences link, so a click rarely waits;
 * - `embeds` when the page has a blocked iframe, now or later.
 * Calls made before a part is here take effect when it arrives, in order: the parts read the stores, which already
 * hold the result. A part that fails to load is logged (by `loadPart`) and tried again when next needed.
 *
 * @returns a function that removes what it added (a second call returns the first call's)
 */
export function startUi(): () => void {
  if (stop) return stop;
  const cleanups: Array<() => void> = [];
  let ui: Promise<Parts['ui'] | undefined> | undefined;
  let embeds: Promise<unknown> | undefined;

  const needUi = () =>
    (ui ??= Promise.all([loadPart('ui'), ensureTexts()]).then(
      ([part]) => {
        cleanups.push(part.mountUi());
        return part;
      },
      (): undefined => {
        ui = undefined;
        // Fail closed but never stuck: nothing is shown, so the stores say so, and the next show(), showPreferences()
        // or use of the re-open control asks for the file again.
        $ui.set({ banner: false, preferences: false });
      },
    ));
  const needEmbeds = () =>
    (embeds ??= Promise.all([loadPart('embeds'), ensureTexts()]).then(
      ([part]) => cleanups.push(part.startPlaceholders()),
      () => (embeds = undefined),
    ));

  injectStyle('base', baseCss);
  // On approach the UI is mounted and the dialog laid out unseen, not only fetched: the click then only shows it, with
  // the file run, its styles parsed, the texts here and its elements built.
  // Focus that cookiegate hands back (after a choice, or when the dialog closes) is not a visitor coming to the control.
  const approach = () => {
    if (!isRestoringFocus()) void needUi().then((part) => part?.warmPreferences());
  };
  cleanups.push(startReopen(approach));

  const onUi = () => {
    const { banner, preferences } = $ui.get();
    if (banner || preferences) void needUi();
  };
  cleanups.push($ui.subscribe(onUi));
  // No stored choice: the banner is coming (maybe once its texts are here); start the download while the page parses.
  if (!$consent.get() && !$config.get().ui.disabled) void needUi();

  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.(PREFERENCES_LINK);
    if (link) {
      event.preventDefault();
      rememberOpener(link);
      showPreferences();
    }
  };
  const onApproach = (event: Event) => {
    if ((event.target as Element | null)?.closest?.(PREFERENCES_LINK)) approach();
  };
  const listeners: Array<[string, EventListener]> = [
    ['click', onClick as EventListener],
    ['pointerover', onApproach],
    ['focusin', onApproach],
    ['touchstart', onApproach],
  ];
  for (const [type, fn] of listeners) document.addEventListener(type, fn, { passive: type !== 'click' });
  cleanups.push(() => listeners.forEach(([type, fn]) => document.removeEventListener(type, fn)));

  // The activator marks each gated element it holds back (an iframe put back after a withdrawal arrives marked):
  // the first blocked iframe brings the placeholders.
  const blockedFrame = 'iframe[data-category][' + STATE_ATTR + '="blocked"]';
  const hasBlockedFrame = (node: Node) => node.nodeType === 1 && ((node as Element).matches(blockedFrame) || !!(node as Element).querySelector(blockedFrame));
  if (document.querySelector(blockedFrame)) void needEmbeds();
  else {
    const watch = new MutationObserver((records) => {
      // What a record brings is its added nodes, or the element whose state changed. Not its target's whole subtree:
      // a script appending 1000 elements to one container would make that a query of the container per element.
      if (records.some((r) => Array.from(r.attributeName ? [r.target] : r.addedNodes).some(hasBlockedFrame))) {
        watch.disconnect();
        void needEmbeds();
      }
    });
    watch.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: [STATE_ATTR] });
    cleanups.push(() => watch.disconnect());
  }

  return (stop = () => {
    cleanups.splice(0).forEach((fn) => fn());
    stop = undefined;
  });
}
