/** Runs the built `dist/cli.mjs` as a user would, and reads what it wrote. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../harness/server';
import type { AuditReport } from '../../../src/cli/report-types';

export const CLI = join(REPO_ROOT, 'dist/cli.mjs');
/** The test catalogue: real vendor ids and cookie names, hosts on `localhost` so nothing leaves the machine. */
export const TEST_CATALOGUE = join(REPO_ROOT, 'test/browser/audit/catalogue.json');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The `--json` report, when the run wrote one. */
  report?: AuditReport;
  /** Milliseconds the process took. */
  duration: number;
}

/** `node <cli> ...args --json <tmp>`; `cli` defaults to the built one. */
export function runCli(args: string[], cli = CLI): Promise<CliRun> {
  if (!existsSync(cli)) throw new Error(cli + ' missing: run `npm run build` first');
  const json = join(mkdtempSync(join(tmpdir(), 'cookiegate-audit-')), 'report.json');
  const started = Date.now();
  const child = spawn(process.execPath, [cli, ...args, '--json', json], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        duration: Date.now() - started,
        ...(existsSync(json) ? { report: JSON.parse(readFileSync(json, 'utf8')) as AuditReport } : {}),
      }),
    );
  });
}
