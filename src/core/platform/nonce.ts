let nonce: string | undefined;

/**
 * The CSP nonce cookiegate puts on everything it injects (styles, activated scripts).
 * Auto-init takes it from its own `<script nonce>`; `init({ nonce })` sets it in a SPA.
 */
export function setNonce(value: string | undefined): void {
  nonce = value || undefined;
}

/** The nonce set by `setNonce`, if any. */
export function getNonce(): string | undefined {
  return nonce;
}
