#!/usr/bin/env node
/**
 * Installs and builds the framework examples (examples/react, vue, svelte, headless with Vite into their dist/; next
 * with `next build` into its .next/), each with its own package.json. They depend on this repository through
 * `"cookiegate": "file:../.."`, so build the library first (`npm run build`).
 *
 *   node examples/build-frameworks.mjs                 the four Vite ones (what `npm start` serves)
 *   node examples/build-frameworks.mjs next            the Next.js one (served by `next start`, not by `npm start`)
 *   node examples/build-frameworks.mjs react headless  some
 *   node examples/build-frameworks.mjs --if-stale      only those whose build is missing or older than the library's
 *                                                      or the example's own sources (what the browser tests run:
 *                                                      an example bundles the library, so an old build would test
 *                                                      old code)
 *   node examples/build-frameworks.mjs --require       exit 1 instead of skipping when the npm registry is unreachable
 *
 * Offline, an example whose node_modules is missing is skipped with a message (exit 0), so `npm start` still serves
 * the other examples. An example with `src/entry-server.tsx` or `.ts` (react, svelte) also gets its server build in
 * dist/server/.
 * Installs run side by side (they wait on the network); builds run one after the other (Vite
 * already uses every core).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const VITE = ['react', 'vue', 'svelte', 'headless'];
const ALL = [...VITE, 'next'];
/** A file each build writes last: its age says whether the build is older than the library. */
const builtMarker = (name) => join(here, name, name === 'next' ? '.next/BUILD_ID' : 'dist/index.html');

const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const required = args.includes('--require');
const unknown = args.filter((a) => !a.startsWith('--') && !ALL.includes(a));
if (unknown.length) {
  console.error(`cookiegate: unknown example ${unknown.join(', ')}; known: ${ALL.join(', ')}`);
  process.exit(2);
}
let wanted = args.filter((a) => ALL.includes(a));
if (!wanted.length) wanted = VITE;
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const library = Math.max(mtime(join(root, 'dist/cookiegate.mjs')), mtime(join(root, 'dist/engine.mjs')), mtime(join(root, 'dist/core.mjs')));
/** The newest file of an example's own sources (src/ or app/, public/, its config files). */
function newestSource(name) {
  const dir = join(here, name);
  const files = ['src', 'app', 'public'].flatMap((folder) =>
    existsSync(join(dir, folder)) ? readdirSync(join(dir, folder), { recursive: true }).map((file) => join(dir, folder, String(file))) : [],
  );
  return Math.max(...[...files, ...['cookiegate.json', 'index.html', 'vite.config.js', 'next.config.mjs'].map((file) => join(dir, file))].map(mtime));
}
if (ifStale) wanted = wanted.filter((name) => mtime(builtMarker(name)) < Math.max(library, newestSource(name)));
if (!wanted.length) {
  console.log('framework examples: already built');
  process.exit(0);
}

if (!existsSync(join(root, 'dist/cookiegate.mjs')) || !existsSync(join(root, 'dist/core.mjs'))) {
  console.error('cookiegate: dist/ is missing: run `npm run build` first (the examples install this repository)');
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command in `cwd`, collecting its output; resolves with the exit code and the output. */
function run(command, argv, cwd, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, {
      cwd,
      env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', ...env },
      shell: process.platform === 'win32',
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: output + error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** node_modules is missing, or older than package.json or the lock file. */
function needsInstall(dir) {
  const installed = mtime(join(dir, 'node_modules/.package-lock.json'));
  return !installed || installed < mtime(join(dir, 'package.json')) || installed < mtime(join(dir, 'package-lock.json'));
}

const toInstall = wanted.filter((name) => needsInstall(join(here, name)));
let skipped = [];
if (toInstall.length) {
  const ping = await Promise.race([
    run(npm, ['ping'], here),
    new Promise((resolve) => setTimeout(() => resolve({ code: 1, output: 'no answer in 20 s' }), 20_000)),
  ]);
  if (ping.code !== 0) {
    const message = `the npm registry is unreachable (${ping.output.trim().split('\n').pop()}); cannot install ${toInstall.join(', ')}`;
    if (required) {
      console.error('cookiegate: ' + message);
      process.exit(1);
    }
    console.warn(`framework examples: skipped: ${message}. Run \`node examples/build-frameworks.mjs\` once online.`);
    skipped = toInstall;
  } else {
    console.log(`framework examples: installing ${toInstall.join(', ')}…`);
    const results = await Promise.all(toInstall.map((name) => run(npm, ['install', '--no-audit', '--no-fund'], join(here, name))));
    results.forEach((result, i) => {
      if (result.code === 0) return;
      console.error(`cookiegate: npm install failed in examples/${toInstall[i]}:\n${result.output}`);
      skipped.push(toInstall[i]);
    });
    if (skipped.length && required) process.exit(1);
  }
}

const vite = (dir) => join(dir, 'node_modules/vite/bin/vite.js');
let failed = 0;
for (const name of wanted.filter((n) => !skipped.includes(n))) {
  const started = Date.now();
  const dir = join(here, name);
  let result;
  if (name === 'next') {
    // Telemetry off: nothing leaves the machine (the tests run offline once installed).
    result = await run(process.execPath, [join(dir, 'node_modules/next/dist/bin/next'), 'build'], dir, { NEXT_TELEMETRY_DISABLED: '1' });
  } else {
    result = await run(process.execPath, [vite(dir), 'build', '--logLevel', 'warn'], dir);
  }
  // A server-rendered example also builds its server entry (dist/server/entry-server.js), which the tests render with.
  const serverEntry = ['src/entry-server.tsx', 'src/entry-server.ts'].find((file) => existsSync(join(dir, file)));
  if (result.code === 0 && name !== 'next' && serverEntry) {
    result = await run(process.execPath, [vite(dir), 'build', '--ssr', serverEntry, '--outDir', 'dist/server', '--logLevel', 'warn'], dir);
  }
  if (result.code !== 0) {
    failed++;
    console.error(`cookiegate: building examples/${name} failed:\n${result.output}`);
  } else {
    console.log(`framework examples: built examples/${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
if (skipped.length) console.warn(`framework examples: not built: ${skipped.join(', ')}`);
process.exit(failed || (required && skipped.length) ? 1 : 0);
