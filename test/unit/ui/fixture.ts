import { $config, $consent, $gpc, $language, $ui } from '../../../src/core/engine/stores';
import type { Config, Consent } from '../../../src/core/types';
import { testConfig } from '../../shared/fixtures';
import { setPartLoaders } from '../../../src/core/engine/parts';
import { startUi } from '../../../src/gate/start-ui';
import { mountUi, warmPreferences } from '../../../src/ui/mount';
import { startPlaceholders } from '../../../src/ui/placeholder';

let unmount: (() => void) | undefined;

/**
 * The gate's part loader, with the parts already here: the UI is mounted by `setup` itself (so it renders
 * synchronously), placeholders start when the gate sees a blocked iframe.
 */
const partsHere = { ui: () => Promise.resolve({ mountUi: () => () => {}, warmPreferences }), embeds: () => Promise.resolve({ startPlaceholders }) };

/** Fresh stores and a mounted UI (the gate's re-open control and links, the banner and dialog): no stored choice, banner open (as the core sets it). */
export function setup(options: { config?: Config; consent?: Consent | null; banner?: boolean; gpc?: boolean; language?: string } = {}): void {
  unmount?.();
  document.body.innerHTML = '<main><a href="#top" id="page-link">Page link</a></main>';
  $config.set(options.config ?? testConfig());
  $consent.set(options.consent ?? null);
  $gpc.set(options.gpc ?? false);
  $language.set(options.language ?? 'en');
  $ui.set({ banner: options.banner ?? !options.consent, preferences: false });
  setPartLoaders(partsHere);
  const stopUi = mountUi();
  const stopGate = startUi();
  unmount = () => {
    stopGate();
    stopUi();
  };
}

export function teardown(): void {
  unmount?.();
  unmount = undefined;
}

/** Lets MutationObservers and microtasks run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The UI's root (the banner and dialog); the re-open control has a root of its own. */
export function root(): HTMLElement {
  return document.querySelector<HTMLElement>('body > .cg-root:not(:has(.cg-reopen))')!;
}

export function buttonByText(text: string, within: ParentNode = document): HTMLButtonElement {
  const found = Array.from(within.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error('no button "' + text + '" in ' + (within as Element).outerHTML?.slice(0, 500));
  return found;
}

export function switchByLabel(text: string): HTMLInputElement {
  const label = Array.from(document.querySelectorAll('label.cg-sw')).find((l) => l.textContent?.trim() === text);
  if (!label) throw new Error('no switch "' + text + '"');
  return label.querySelector('input')!;
}

export function dialog(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[role="dialog"]');
}

export function press(key: string, target: Element = document.activeElement ?? document.body, shiftKey = false): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true }));
}
