/**
 * A complete custom consent UI on `cookiegate/core`: no preact and no built-in banner in this bundle. The stores say
 * what to show (`$ui`, `$consent`, `$config`); the buttons only call actions; cookiegate keeps gating, cookies and
 * integrations.
 */
import { $config, $consent, $ui, acceptAll, accept, getTexts, init, on, rejectAll, showPreferences, hide, $language } from 'cookiegate/core';
import config from '../cookiegate.json';

init(config);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const banner = byId<HTMLElement>('consent-banner');
const choices = byId<HTMLFormElement>('consent-choices');
const list = byId<HTMLDivElement>('consent-categories');
const save = byId<HTMLButtonElement>('save');

// One switch per category, titled in the visitor's language from cookiegate's own texts.
function renderCategories(): void {
  const texts = getTexts($config.get(), $language.get());
  const granted = $consent.get()?.categories ?? [];
  list.replaceChildren(
    ...$config.get().categories.map((category) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = category.id;
      box.checked = category.readOnly || granted.includes(category.id);
      box.disabled = category.readOnly;
      label.append(box, ' ', category.title ?? texts.categories[category.id]?.title ?? category.id);
      return label;
    }),
  );
}

// The UI follows $ui: `banner` after init when nobody chose yet, `preferences` after showPreferences().
$ui.subscribe(({ banner: isBannerOpen, preferences: isPreferencesOpen }) => {
  banner.hidden = !isBannerOpen && !isPreferencesOpen;
  choices.hidden = save.hidden = !isPreferencesOpen;
  if (isPreferencesOpen) renderCategories();
});

$consent.subscribe((consent) => {
  byId('status').textContent = consent ? 'Allowed: ' + consent.categories.join(', ') : 'No choice yet: nothing optional runs.';
});

on('change', ({ changed }) => console.info('cookie choice changed:', changed.categories));

byId('accept-all').addEventListener('click', () => acceptAll('banner'));
byId('reject-all').addEventListener('click', () => rejectAll('banner'));
byId('manage').addEventListener('click', () => showPreferences());
byId('open-settings').addEventListener('click', () => showPreferences());
save.addEventListener('click', () => {
  const checked = [...choices.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.name);
  accept(checked, undefined, 'modal');
  hide();
});

// Elements added later (a route change, a lazy component) are gated automatically.
byId('add-video').addEventListener('click', () => {
  const frame = document.createElement('iframe');
  frame.title = 'Example video';
  frame.dataset.category = 'social';
  frame.dataset.service = 'video';
  frame.dataset.src = './embed.html';
  byId('videos').append(frame);
});
