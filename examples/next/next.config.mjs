import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The deepest folder holding both paths. */
const commonFolder = (a, b) => {
  const [x, y] = [a.split(sep), b.split(sep)];
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(sep) || sep;
};

// `cookiegate` is linked from ../.. (`file:`), outside this folder, and its `preact` and `nanostores` come from the
// repository's node_modules (which a git worktree may link from elsewhere). Turbopack reads files only below its root,
// so the root holds all of them. An app installing cookiegate from npm needs none of this.
const modules = join(repository, 'node_modules');
const root = existsSync(modules) ? commonFolder(realpathSync(repository), realpathSync(modules)) : repository;

/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { root },
  outputFileTracingRoot: root,
};

export default nextConfig;
