/**
 * Under `require-trusted-types-for 'script'`, script text and script URLs must come through a policy.
 * Ours is named `cookiegate` (allow it with `trusted-types cookiegate`). It passes values through unchanged:
 * they come from the page's own markup, which the site owner wrote; cookiegate never builds code from config.
 */
type Policy = { createScript(s: string): unknown; createScriptURL(s: string): unknown };
let policy: Policy | null | undefined;

function getPolicy(): Policy | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): Policy } }).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('cookiegate', { createScript: (s: string) => s, createScriptURL: (s: string) => s }) : null;
    } catch {
      policy = null; // the page's CSP does not list our policy name: assignments will be reported by the browser
    }
  }
  return policy;
}

/** Script text, as a TrustedScript where Trusted Types exist. */
export function trustedScript(text: string): string {
  return (getPolicy()?.createScript(text) ?? text) as string;
}

/** A script URL, as a TrustedScriptURL where Trusted Types exist. */
export function trustedScriptUrl(url: string): string {
  return (getPolicy()?.createScriptURL(url) ?? url) as string;
}
