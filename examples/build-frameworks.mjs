#!/usr/bin/env node
/**
 * Installs and builds the framework examples (examples/react, vue, svelte, headless), each with its own package.json
 * and Vite, into its own dist/. They depend on this repository through `"cookiegate": "file:../.."`, so build the
 * library first (`npm run build`).
 *
 *   node examples/build-frameworks.mjs                 all four
 *   node examples/build-frameworks.mjs react headless  some
 *   node examples/build-frameworks.mjs --if-stale      only those whose dist/ is missing or older than the library's
 *                                                      (what the browser tests run: an example bundles the library,
 *                                                      so an old dist/ would test old code)
 *   node examples/build-frameworks.mjs --require       exit 1 instead of skipping when the npm registry is unreachable
 *
 * Offline, an example whose node_modules is missing is skipped with a message (exit 0), so `npm start` still serves
 * the other examples. An example with `src/entry-server.tsx` (react) also gets its server build in dist/server/.
 * Installs run side by side (they wait on the network); builds run one after the other (Vite
 * already uses every core).
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const ALL = ['react', 'vue', 'svelte', 'headless'];

const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const required = args.includes('--require');
const unknown = args.filter((a) => !a.startsWith('--') && !ALL.includes(a));
if (unknown.length) {
  console.error(`cookiegate: unknown example ${unknown.join(', ')}; known: ${ALL.join(', ')}`);
  process.exit(2);
}
let wanted = args.filter((a) => ALL.includes(a));
if (!wanted.length) wanted = ALL;
const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);
const library = Math.max(mtime(join(root, 'dist/cookiegate.mjs')), mtime(join(root, 'dist/engine.mjs')), mtime(join(root, 'dist/core.mjs')));
if (ifStale) wanted = wanted.filter((name) => mtime(join(here, name, 'dist/index.html')) < library);
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
function run(command, argv, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, {
      cwd,
      env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
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

let failed = 0;
for (const name of wanted.filter((n) => !skipped.includes(n))) {
  const started = Date.now();
  const dir = join(here, name);
  const vite = join(dir, 'node_modules/vite/bin/vite.js');
  let result = await run(process.execPath, [vite, 'build', '--logLevel', 'warn'], dir);
  // A server-rendered example also builds its server entry (dist/server/entry-server.js), which the tests render with.
  if (result.code === 0 && existsSync(join(dir, 'src/entry-server.tsx'))) {
    result = await run(process.execPath, [vite, 'build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist/server', '--logLevel', 'warn'], dir);
  }
  if (result.code !== 0) {
    failed++;
    console.error(`cookiegate: building examples/${name} failed:\n${result.output}`);
  } else {
    console.log(`framework examples: built examples/${name}/dist in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}
if (skipped.length) console.warn(`framework examples: not built: ${skipped.join(', ')}`);
process.exit(failed || (required && skipped.length) ? 1 : 0);
