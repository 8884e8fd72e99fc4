// @vitest-environment node
/**
 * What naming services by catalogue id costs a page (issue 16's target: five catalogue services download at most
 * 1.5 kB brotli more than the same five written out by hand), measured on the built dist/ as the script tag serves it:
 * each file compressed on its own, as a server or CDN sends it. The gate is the same file either way (it carries the
 * catalogue's ids whatever the config says), so only what differs is counted: the config, and the catalogue's loader
 * with the five entry files that the id-named page fetches when its dialog shows or a choice is made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const IDS = ['google-analytics', 'google-tag-manager', 'meta-pixel', 'hotjar', 'youtube'];
const CATEGORY: Record<string, string> = {
  'google-analytics': 'performance',
  'google-tag-manager': 'performance',
  hotjar: 'performance',
  'meta-pixel': 'targeting',
  youtube: 'social',
};

const brotli = (text: string | Buffer) => brotliCompressSync(text).length;
const dist = (file: string) => readFileSync(join(ROOT, 'dist', file));

/** A config with these services in their categories, each written as `serviceFor` says. */
function config(serviceFor: (id: string) => object): string {
  const categories: Record<string, { services: Record<string, object> }> = {};
  for (const id of IDS) (categories[CATEGORY[id]!] ??= { services: {} }).services[id] = serviceFor(id);
  return JSON.stringify({ revision: 1, controller: { name: 'Shop Ltd', policyUrl: '/privacy' }, categories });
}

describe('five catalogue services against the same five written out by hand (dist/)', () => {
  it('costs at most 1.5 kB brotli more', () => {
    if (!existsSync(join(ROOT, 'dist/cookiegate-catalogue.js'))) throw new Error('dist/ missing: run `npm run build` first');
    const entries = Object.fromEntries(IDS.map((id) => [id, JSON.parse(dist('catalogue/' + id + '.json').toString('utf8'))]));
    // By hand: what the dialog shows and the clean-up deletes, as a site owner would write it.
    const byHand = brotli(config((id) => entries[id]));
    const byId =
      brotli(config(() => ({}))) + brotli(dist('cookiegate-catalogue.js')) + IDS.reduce((sum, id) => sum + brotli(dist('catalogue/' + id + '.json')), 0);
    const extra = byId - byHand;
    expect(extra).toBeGreaterThan(0);
    expect(extra).toBeLessThanOrEqual(1500);
  });
});
