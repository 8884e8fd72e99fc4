#!/usr/bin/env node
/**
 * What `npm test` runs after `npm run build`: Biome's formatter check and linter (each one check, failed when it
 * finds anything), the `unit` and `browser` vitest projects (one after the other: the browser tests launch Chromium
 * and CI has two cores), then size-limit when package.json has a `size-limit` key.
 * Prints vitest's normal output and ends with one line, `N passed, M failed`, counting every test and size check.
 * Exits non-zero when anything failed. Counted as failures too: a project that ran zero tests, a skipped or todo
 * test (we do not skip tests), a test file that failed to load, a run that crashed without a report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = join(root, '.tmp');
mkdirSync(reportDir, { recursive: true });

let passed = 0;
let failed = 0;
const problems = [];

function fail(count, message) {
  failed += count;
  problems.push(message);
}

function runVitest(project) {
  const report = join(reportDir, `vitest-${project}.json`);
  rmSync(report, { force: true });
  console.log(`\n── vitest: ${project} ──`);
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root, stdio: 'inherit', env: process.env },
  );
  if (run.error) return fail(1, `${project}: vitest did not start: ${run.error.message}`);
  if (!existsSync(report)) return fail(1, `${project}: vitest wrote no report (exit ${run.status}); no tests were counted`);

  const failedBefore = failed;
  let result;
  try {
    result = JSON.parse(readFileSync(report, 'utf8'));
  } catch (error) {
    return fail(1, `${project}: unreadable vitest report: ${error.message}`);
  }
  passed += result.numPassedTests ?? 0;
  if (result.numFailedTests) fail(result.numFailedTests, `${project}: ${result.numFailedTests} failed tests`);
  const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  if (skipped) fail(skipped, `${project}: ${skipped} skipped or todo tests (not allowed: a test must be able to fail)`);
  // A file that fails to import (syntax error, missing module) has no test results of its own.
  const brokenFiles = (result.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  );
  for (const file of brokenFiles) {
    // Its tests, if collected, were reported as skipped and are counted above; a file with none counts once.
    const count = (file.assertionResults ?? []).length ? 0 : 1;
    fail(count, `${project}: ${file.name.replace(root, '')} failed to run: ${String(file.message ?? '').split('\n')[0]}`);
  }
  if (!result.numTotalTests) fail(1, `${project}: ran zero tests`);
  if (run.status !== 0 && failed === failedBefore) fail(1, `${project}: vitest exited with ${run.status} (unhandled errors?)`);
}

/**
 * One Biome command over the repository (biome.jsonc says which files): `format` checks that the code is as the
 * formatter writes it, `lint` runs the rules. Counts 1 passed when clean, else one failure per file or diagnostic
 * it reports (`npm run lint:fix` applies what Biome can fix).
 */
function runBiome(command) {
  console.log(`\n── biome ${command} ──`);
  const args = [join(root, 'node_modules/@biomejs/biome/bin/biome'), command, '--error-on-warnings', '--max-diagnostics=50', '.'];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: process.env });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  process.stdout.write(output);
  if (run.error) return fail(1, `biome ${command} did not start: ${run.error.message}`);
  if (run.status === 0) {
    passed += 1;
    return;
  }
  const found = [...output.matchAll(/^Found (\d+) (errors?|warnings?)\./gm)].reduce((sum, match) => sum + Number(match[1]), 0);
  fail(Math.max(found, 1), `biome ${command}: ${found || 'some'} problems (run \`npm run lint:fix\`, then fix the rest by hand)`);
}

function runSizeLimit() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (!pkg['size-limit']) return;
  console.log('\n── size-limit ──');
  const run = spawnSync(process.execPath, [join(root, 'node_modules/size-limit/bin.js'), '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: process.env,
  });
  let checks;
  try {
    checks = JSON.parse(run.stdout);
  } catch {
    process.stdout.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    return fail(1, `size-limit: no readable result (exit ${run.status})`);
  }
  if (!Array.isArray(checks)) {
    console.log(run.stdout);
    return fail(1, `size-limit: ${checks.error ? String(checks.error).split('\n')[0] : 'unexpected output'}`);
  }
  for (const check of checks) {
    const limit = check.sizeLimit === undefined ? '' : ` (limit ${check.sizeLimit} B)`;
    const ok = check.passed !== false;
    console.log(`  ${ok ? '✓' : '✗'} ${check.name}: ${check.size} B${limit}`);
    if (ok) passed += 1;
    else fail(1, `size-limit: ${check.name} is ${check.size} B, over its limit of ${check.sizeLimit} B`);
  }
  if (run.status !== 0 && checks.every((c) => c.passed !== false)) fail(1, `size-limit exited with ${run.status}`);
}

/**
 * The consent-records receiver (examples/consent-log) is its own package: install it when it is not (a fresh
 * clone), run its node:test suite (one file at a time: they share the PostgreSQL database) and count it. Browser
 * tests of records delivery use it too.
 */
function runConsentLog() {
  const dir = join(root, 'examples/consent-log');
  if (!existsSync(join(dir, 'package.json'))) return;
  console.log('\n── examples/consent-log ──');
  // Installed when any dependency its package.json names is missing (a fresh clone, or a checkout from before one was added).
  const dependencies = Object.keys(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).dependencies ?? {});
  if (dependencies.some((name) => !existsSync(join(dir, 'node_modules', name, 'package.json')))) {
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit', env: process.env });
    if (install.status !== 0) return fail(1, 'examples/consent-log: npm ci failed');
  }
  // The test files by name: node --test given the folder would also run test/helpers.mjs and count it as a test.
  const files = readdirSync(join(dir, 'test'))
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => 'test/' + name);
  const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=tap', ...files], {
    cwd: dir,
    encoding: 'utf8',
    env: process.env,
  });
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  const count = (name) => Number((new RegExp('^# ' + name + ' (\\d+)$', 'm').exec(run.stdout ?? '') ?? [])[1] ?? 0);
  passed += count('pass');
  if (count('fail')) fail(count('fail'), `examples/consent-log: ${count('fail')} failed tests`);
  if (!count('pass') && !count('fail')) fail(1, 'examples/consent-log: ran zero tests');
  if (run.status !== 0 && !count('fail')) fail(1, `examples/consent-log: node --test exited with ${run.status}`);
}

runBiome('format');
runBiome('lint');
runVitest('unit');
runConsentLog();
runVitest('browser');
runSizeLimit();

if (problems.length) {
  console.log('\nProblems:');
  for (const problem of problems) console.log('  - ' + problem);
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
