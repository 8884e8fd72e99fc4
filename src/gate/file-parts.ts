import { definedPart, loadScript, setPartLoader, type PartLoader, type PartName } from '../core/kernel';

import { PART_FILES } from './part-files';

/**
 * Script tag: parts arrive as files from `base` (a URL ending in `/`), each run with the tag's nonce, through the
 * Trusted Types policy and checked against its integrity hash.
 */
export function fileParts(base: string): void {
  setPartLoader(((name: PartName) => {
    const { file, integrity } = PART_FILES[name];
    const url = base + file;
    return loadScript(url, integrity).then(() => {
      const part = definedPart(name);
      if (!part) throw new Error(url + ' ran but handed nothing over (a file from another cookiegate version?)');
      return part;
    });
  }) as PartLoader);
}
