import {
  $config,
  $consent,
  $language,
  $loadingTexts,
  $regime,
  $ui,
  getTexts,
  hasTexts,
  rememberOpener,
  resolveLanguage,
  showPreferences,
} from '../core/kernel';
import { styleRoot } from './root';
import { GATE_LABELS } from '../locales/reopen-labels';
import { privacyChoicesIcon } from './privacy-choices-icon';

/**
 * The language the control speaks and its label there: the texts the UI shows once they are here; until then (a
 * returning visitor's page view loads no texts) the site's own `translations` text or the label shipped in the gate,
 * in the page's language, or in English for a language the gate has no label for.
 */
function reopenText(isChoices: boolean): { lang: string; text: string } {
  const config = $config.get();
  const shown = $language.get();
  if (!$loadingTexts.get() && hasTexts(config, shown)) {
    const texts = getTexts(config, shown);
    return { lang: shown, text: isChoices ? texts.notice.choices : texts.reopen };
  }
  const lang = resolveLanguage(config);
  const own = config.translations?.[lang];
  const text = typeof own === 'object' && (isChoices ? own.notice?.choices : own.reopen);
  if (text) return { lang, text };
  const labels = GATE_LABELS[lang];
  return labels ? { lang, text: labels[isChoices ? 1 : 0] } : { lang: 'en', text: GATE_LABELS.en![isChoices ? 1 : 0] };
}

/**
 * The persistent "Cookie preferences" control, plain DOM (no preact): shown after a choice while the banner is
 * closed, so a visitor can change their mind as easily as they chose (GDPR Art. 7(3)). It is on every page with a
 * stored choice, so it is part of the gate and costs no download. A click opens the preferences, which load on
 * demand; `onApproach` lets the caller start that download when the pointer or focus comes near.
 *
 * Under an `opt-out` regime it is the "Your Privacy Choices" control with the California opt-out icon, on every page
 * (the regime's default is a stored choice); under `none` there is none (a site's own `data-cookiegate="preferences"`
 * link still opens the preferences).
 *
 * @returns a function that removes it
 */
export function startReopen(onApproach: () => void): () => void {
  let root: HTMLElement | undefined;
  /**
   * WCAG 2.4.11 (Focus Not Obscured): the control is fixed over the page, so when focus lands on something under
   * it, it moves to the other bottom corner; if that corner covers the element too (a full-width field), it steps
   * aside until focus moves on. One layout read per focus change, only while the control is shown.
   */
  const onFocus = (event: FocusEvent) => {
    const target = event.target;
    if (!root || !(target instanceof Element) || root.contains(target)) return;
    const button = root.firstElementChild!.firstElementChild as HTMLElement;
    const box = target.getBoundingClientRect();
    const covers = () => {
      const r = button.getBoundingClientRect();
      return r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
    };
    button.removeAttribute('data-cg-aside');
    button.hidden = false;
    if (!covers()) return;
    button.setAttribute('data-cg-aside', '');
    if (covers()) button.hidden = true;
  };
  const draw = () => {
    const config = $config.get();
    const ui = $ui.get();
    const regime = $regime.get();
    const isShown = !!$consent.get() && !!config.ui.reopen && !config.ui.disabled && !ui.banner && regime !== 'none';
    if (!isShown) {
      root?.remove();
      root = undefined;
      return;
    }
    if (!root) {
      root = document.createElement('div');
      root.className = 'cg-root';
      const wrap = document.createElement('aside');
      wrap.className = 'cg-reopen-wrap';
      const button = document.createElement('button');
      button.type = 'button';
      button.addEventListener('click', () => {
        rememberOpener(button);
        showPreferences();
      });
      for (const type of ['pointerenter', 'focus', 'touchstart']) button.addEventListener(type, onApproach, { passive: true });
      wrap.append(button);
      root.append(wrap);
      // First in <body>, like the banner: early in tab and reading order; fixed, so nothing in the page moves.
      document.body.prepend(root);
    }
    const isChoices = regime === 'opt-out';
    const { lang, text } = reopenText(isChoices);
    styleRoot(root, lang);
    const wrap = root.firstElementChild as HTMLElement;
    const button = wrap.firstElementChild as HTMLButtonElement;
    wrap.setAttribute('aria-label', text);
    button.className = 'cg-reopen cg-' + config.ui.reopen;
    button.replaceChildren(...(isChoices ? [privacyChoicesIcon()] : []), text);
    // Never painted over the dialog, nor reachable behind it (it is modal); kept in the DOM (hidden), so focus can
    // return to it when the dialog closes.
    wrap.hidden = ui.preferences;
  };
  const offs = [$config, $consent, $ui, $language, $loadingTexts, $regime].map((store) => store.listen(draw));
  document.addEventListener('focusin', onFocus);
  if (document.body) draw();
  else document.addEventListener('DOMContentLoaded', draw, { once: true });
  return () => {
    offs.forEach((off) => off());
    document.removeEventListener('focusin', onFocus);
    root?.remove();
  };
}
