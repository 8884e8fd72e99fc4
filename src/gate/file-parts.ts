import * as kernel from '../core/kernel';
import { definedPart, loadScript, setPartLoaders, setPartNeeds, type PartLoaders, type PartName } from '../core/kernel';
import { KERNEL_PROPERTY, PART_FILES } from './part-files';

/**
 * Script tag: parts arrive as files from `base` (a URL ending in `/`), each run with the tag's nonce, through the
 * Trusted Types policy and checked against its integrity hash. Each file finds this gate's engine under
 * `KERNEL_PROPERTY` on `window`, so it shares the gate's stores.
 */
export function fileParts(base: string): void {
  // An own property of window, set before any file runs: it shadows an element the page names the same (named access
  // comes from the prototype chain), and it is not the public `CookieGate`, which a page may have frozen or replaced.
  Object.defineProperty(window, KERNEL_PROPERTY, { value: kernel, configurable: true });
  const loaders: Record<string, () => Promise<unknown>> = {};
  for (const name of Object.keys(PART_FILES) as PartName[]) {
    const { file, integrity } = PART_FILES[name];
    const url = base + file;
    loaders[name] = () =>
      loadScript(url, integrity).then(() => {
        const part = definedPart(name);
        if (!part) throw new Error(url + ' ran but handed nothing over (a file from another cookiegate version?)');
        return part;
      });
  }
  setPartLoaders(loaders as PartLoaders);
  // The texts are a file of their own here (src/gate/texts-file.ts): the config check and records read them.
  setPartNeeds({ check: 'texts', records: 'texts' });
}
