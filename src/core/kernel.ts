/**
 * What the rest of cookiegate (the gate's re-open control, the on-demand UI, placeholders and integrations) uses of
 * the engine.
 * Code outside `src/core/` imports the engine from here only: in the script tag, the on-demand files are built
 * separately and find this module on the gate's global instead (`rollup.config.mjs`), so they share the gate's
 * stores rather than carrying a second copy of the engine.
 */
export * from './index';
export { $loadingTexts } from './engine/stores';
export { getNonce } from './platform/nonce';
export { definePart, definedPart, loadPart, setPartLoaders, type Parts, type PartName, type PartLoaders } from './engine/parts';
export { ensureTexts } from './texts/set-language';
export { describeElement } from './engine/activate';
export { rememberOpener, restoreFocus } from './platform/opener';
export { loadScript } from './platform/load-script';
export { ownValue, setOwn } from './engine/own';
export { shortHash } from './platform/hash';
export { isGranted } from './engine/consent-ref';
export { problem } from './engine/errors';
export type { Integration } from './engine/integration';
