/**
 * Focus handling of the preferences dialog, after the WAI-ARIA APG modal dialog pattern:
 * the rest of the page is `inert` and Tab wraps inside; focus goes back to the opener through
 * `src/core/platform/opener.ts`, which the always-present re-open control and links share with the on-demand dialog.
 */

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

/** Enabled, reachable controls inside `root`, in tab order (we never use positive tabindex). */
export function focusables(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[hidden],[inert]'));
}

/** Keeps Tab and Shift+Tab inside `root`. */
export function trapTab(event: KeyboardEvent, root: Element): void {
  const list = focusables(root);
  const first = list[0];
  const last = list[list.length - 1];
  const active = document.activeElement;
  if (!first) return;
  if (!root.contains(active) || (event.shiftKey ? active === first : active === last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/** Sets `inert` on every child of `<body>` but `keep`; returns a function that undoes exactly that. */
export function inertOthers(keep: Element): () => void {
  const others = Array.from(document.body.children).filter((el) => el !== keep && !el.hasAttribute('inert'));
  others.forEach((el) => el.setAttribute('inert', ''));
  return () => others.forEach((el) => el.removeAttribute('inert'));
}
