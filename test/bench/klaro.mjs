/**
 * Klaro for the benchmark, without making it a devDependency: its package declares sass, webpack-merge and a Babel
 * parser as runtime dependencies (about 150 packages, 40 MB) that every `npm install` of cookiegate would pay for a
 * file only `npm run bench` reads. `npm pack` fetches the one tarball from the registry instead, once, into
 * node_modules/.cache.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const KLARO_VERSION = '0.7.22';

/**
 * Path of `klaro.js` (relative to `root`) and Klaro's version; downloads and unpacks the package on first use.
 * Throws with a hint when the registry cannot be reached.
 */
export function ensureKlaro(root) {
  const dir = join('node_modules', '.cache', 'cookiegate-bench', 'klaro-' + KLARO_VERSION);
  const file = join(dir, 'package', 'dist', 'klaro.js');
  if (!existsSync(join(root, file))) {
    mkdirSync(join(root, dir), { recursive: true });
    try {
      execFileSync('npm', ['pack', 'klaro@' + KLARO_VERSION, '--pack-destination', join(root, dir), '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
      const tarball = readdirSync(join(root, dir)).find((f) => f.endsWith('.tgz'));
      if (!tarball) throw new Error('npm pack wrote no tarball');
      execFileSync('tar', ['-xzf', join(root, dir, tarball), '-C', join(root, dir)]);
    } catch (error) {
      throw new Error('could not fetch klaro@' + KLARO_VERSION + ' with `npm pack` (needs the npm registry): ' + error.message);
    }
  }
  const version = JSON.parse(readFileSync(join(root, dir, 'package', 'package.json'), 'utf8')).version;
  return { file, version };
}
