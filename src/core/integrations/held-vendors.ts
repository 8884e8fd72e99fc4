/**
 * Vendors whose denied or held state went out (the script tag's `data-vendors` sets it before the config is known):
 * the check for a vendor that ran first (`engine/page-checks.ts`) does not blame a queue our state came before.
 * A module of its own, so that check does not pull the vendor integration into the engine: in ESM that is a chunk
 * loaded only when the config names a vendor.
 */
export const heldVendors = new Set<string>();

/**
 * Vendors the script tag put in their denied state ahead of the config in force (`data-vendors`, or a config still
 * being checked): the engine's own start does not send that state a second time, once.
 */
const deniedAhead = new Set<string>();

/** Records that these vendors' denied state went out ahead of the engine. */
export function markDeniedAhead(names: string[]): void {
  names.forEach((name) => deniedAhead.add(name));
}

/** `true` once for a vendor whose denied state went out ahead: the engine's start then skips it. */
export function takeDeniedAhead(name: string): boolean {
  return deniedAhead.delete(name);
}
