/**
 * `cookiegate audit` on the examples site: no leak, every service of the site's config named, a report that
 * validates against its shipped JSON Schema, and request counts equal to what a second CDP session saw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../../src/cli/audit';
import { REPO_ROOT, startServer, type TestServer } from '../harness/server';
import { runCli, type CliRun } from './run-cli';
import { CHROME_PATH } from '../harness/browser';
import type { PhaseId } from '../../../src/cli/report-types';

let server: TestServer;
let run: CliRun;

beforeAll(async () => {
  server = await startServer();
  run = await runCli(['audit', server.origin + '/examples/site/index.html', '--pages', '2', '--browser', CHROME_PATH]);
}, 120_000);

afterAll(() => server?.close());

describe('cookiegate audit of the examples site', () => {
  it('finds no leak and exits 0', () => {
    expect(run.stderr).toContain('Phase: Accept all, then reload');
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Leaks: none');
    expect(run.report!.leaks).toEqual([]);
    expect(run.report!.phases.map((phase) => phase.id)).toEqual(['first-visit', 'reject-all', 'accept-all']);
    expect(run.report!.phases[0]!.pages).toEqual([
      server.origin + '/examples/site/index.html',
      server.origin + '/examples/site/settings.html',
      server.origin + '/examples/site/news.html',
    ]);
  });

  it('names every service of the site, in its category', () => {
    const config = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/site/cookiegate.json'), 'utf8'));
    const expected = Object.entries(config.categories as Record<string, { services: Record<string, unknown> }>).flatMap(([category, { services }]) =>
      Object.keys(services).map((service) => [service, category]),
    );
    const found = run.report!.inventory.map((entry) => [entry.naming.service, entry.naming.category]);
    for (const pair of expected) expect(found).toContainEqual(pair);
    // Their cookies too, only after Accept all; cookiegate's own cookie is necessary.
    const analytics = run.report!.inventory.find((entry) => entry.naming.service === 'demo-analytics')!;
    expect(analytics.cookies).toEqual(['_demo_analytics']);
    expect(analytics.phases).toEqual(['accept-all']);
    expect(run.report!.inventory.find((entry) => entry.naming.service === 'cookiegate')!.naming.category).toBe('necessary');
  });

  it('writes a report that validates against dist/audit-report.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'dist/audit-report.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(run.report), JSON.stringify(validate.errors)).toBe(true);
    // A report missing a required part does not.
    const { leaks: _leaks, ...broken } = run.report!;
    expect(validate(broken)).toBe(false);
  });
});

describe('the audit counts every request', () => {
  it('records as many requests per phase as an independent CDP session on the same pages', async () => {
    const independent: Record<string, number> = {};
    const report = await runAudit({
      url: server.origin + '/examples/site/news.html',
      pages: 0,
      noJs: false,
      browser: CHROME_PATH,
      catalogue: { services: {} },
      screenshots: false,
      progress: () => undefined,
      async onPage(page, phase: PhaseId) {
        independent[phase] = 0;
        const session = await page.context().newCDPSession(page);
        session.on('Network.requestWillBeSent', () => independent[phase]!++);
        await session.send('Network.enable');
      },
    });
    const counted = Object.fromEntries(report.phases.map((phase) => [phase.id, phase.requests.length]));
    expect(counted).toEqual(independent);
    // The examples' embeds load only after Accept all: the counts differ by phase, so equality means something.
    expect(counted['accept-all']).toBeGreaterThan(counted['first-visit']!);
  }, 120_000);
});
