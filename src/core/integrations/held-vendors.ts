/**
 * Vendors whose denied or held state went out (the script tag's `data-vendors` sets it before the config is known):
 * the check for a vendor that ran first (`engine/page-checks.ts`) does not blame a queue our state came before.
 * A module of its own, so that check does not pull the vendor integration into the engine: in ESM that is a chunk
 * loaded only when the config names a vendor.
 */
export const heldVendors = new Set<string>();
