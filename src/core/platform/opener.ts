/**
 * What opened the preferences dialog, so focus can go back there when it closes (WAI-ARIA APG dialog pattern).
 * Shared state: the re-open control and preferences links (always on the page) remember the opener, the on-demand
 * dialog gives focus back, and in the script tag these live in different files.
 */
let opener: HTMLElement | null = null;
/** Focus is being handed back right now: the focus this causes is not a visitor coming to a control. */
let restoring = false;

/**
 * Remembers what opened the dialog. Called from the click that opens it, because Safari does not focus
 * a clicked button, so `document.activeElement` would be `<body>` by the time the dialog mounts.
 */
export function rememberOpener(el: Element | null | undefined): void {
  const active = document.activeElement;
  opener = (el || (active !== document.body ? active : null)) as HTMLElement | null;
}

/**
 * Focus back to the opener; if a choice removed it (the banner's button), to the re-open control or the
 * page's own `[data-cookiegate="preferences"]` link. Never left on `<body>` when something fits.
 */
export function restoreFocus(): void {
  const target =
    (opener?.isConnected && !opener.closest('[inert]') ? opener : null) || document.querySelector<HTMLElement>('.cg-reopen,[data-cookiegate="preferences"]');
  opener = null;
  restoring = true;
  try {
    target?.focus();
  } finally {
    restoring = false;
  }
}

/** Whether the focus event being handled comes from {@link restoreFocus}, not from the visitor. */
export function isRestoringFocus(): boolean {
  return restoring;
}
