import type { ComponentChildren } from 'preact';
import { rememberOpener, showPreferences } from '../core/kernel';

/** A first-layer button that opens the preferences, handing focus back to it when they close. */
export function PreferencesButton({ children }: { children: ComponentChildren }) {
  return (
    <button
      type="button"
      class="cg-btn"
      onClick={(event) => {
        rememberOpener(event.currentTarget);
        showPreferences();
      }}
    >
      {children}
    </button>
  );
}
