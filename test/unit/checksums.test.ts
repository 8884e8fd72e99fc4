// @vitest-environment node
/**
 * `dist/bundle.sha256` proves which exact build showed a banner (a consent record names the library version; this
 * file names the bytes). Runs against the built dist/: `npm run build` first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

describe('dist/bundle.sha256', () => {
  it('lists every shipped bundle, stylesheet, schema and locale with its SHA-256, in sha256sum format', () => {
    expect(existsSync(join(DIST, 'bundle.sha256')), 'run `npm run build` first').toBe(true);
    const lines = readFileSync(join(DIST, 'bundle.sha256'), 'utf8').trimEnd().split('\n');
    const listed = new Map(
      lines.map((line) => {
        const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
        expect(m, line).not.toBeNull();
        return [m![2]!, m![1]!];
      }),
    );
    for (const file of [
      'cookiegate.js',
      'cookiegate.mjs',
      'core.mjs',
      'engine.mjs',
      'cookiegate.css',
      'cookiegate.schema.json',
      'record.schema.json',
      'locales/nl.json',
    ]) {
      expect(listed.has(file), file).toBe(true);
    }
    for (const [file, hash] of listed) {
      expect(
        createHash('sha256')
          .update(readFileSync(join(DIST, file)))
          .digest('hex'),
        file,
      ).toBe(hash);
    }
  });
});
