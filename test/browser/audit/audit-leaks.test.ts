/**
 * `cookiegate audit` on a deliberately leaky page: an unmarked analytics tag, an iframe with `src`, a `<noscript>`
 * pixel (found with `--no-js`) and a tag that writes its cookie again after refusal are each reported, with their
 * cause, and the exit code is 1. A URL that does not answer, a missing browser and a missing driver exit 2.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PATH } from '../harness/browser';
import { REPO_ROOT, startServer, type TestServer } from '../harness/server';
import { CLI, runCli, TEST_CATALOGUE, type CliRun } from './run-cli';

const LEAKY = readFileSync(join(REPO_ROOT, 'test/browser/audit/leaky.html'), 'utf8');
/** 1-based line of the leaky page's inline tag that writes `_fbp`. */
const FBP_LINE = LEAKY.split('\n').findIndex((line) => line.includes("document.cookie = '_fbp")) + 1;

let server: TestServer;
let run: CliRun;

beforeAll(async () => {
  server = await startServer();
  server.route('/leaky.html', (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(LEAKY.replaceAll('__PORT__', String(server.port)));
  });
  // The embed loads something of its own: a cross-site frame's requests must reach the audit too.
  server.route('/fixtures/youtube-embed.html', (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<!doctype html><title>player</title><img src="/fixtures/youtube-embed-beacon.gif" alt="">');
  });
  run = await runCli(['audit', server.origin + '/leaky.html', '--no-js', '--catalogue', TEST_CATALOGUE, '--browser', CHROME_PATH]);
}, 120_000);

afterAll(() => server?.close());

const leaksOf = (phase: string) => run.report!.leaks.filter((leak) => leak.phase === phase);

describe('cookiegate audit of a leaky page', () => {
  it('exits 1 and says so', () => {
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^LEAK: /m);
  });

  it('reports the unmarked analytics tag and the cookie it wrote, with the line of the tag', () => {
    const tagLine = LEAKY.split('\n').findIndex((line) => line.includes('fixtures/gtag.js')) + 1;
    const tag = leaksOf('first-visit').find((leak) => leak.kind === 'request' && leak.subject.includes('/fixtures/gtag.js'));
    expect(tag?.naming).toMatchObject({ service: 'google-analytics', category: 'performance' });
    expect(tag?.cause).toMatchObject({ type: 'parser', element: 'Script', url: server.origin + '/leaky.html', line: tagLine });
    const cookie = leaksOf('first-visit').find((leak) => leak.kind === 'cookie' && leak.subject === '_ga');
    expect(cookie?.cause?.url).toContain('/fixtures/gtag.js');
    expect(run.report!.suggestion.markup).toContainEqual(
      expect.objectContaining({ after: expect.stringContaining('<script type="text/plain" data-category="performance" data-service="google-analytics"') }),
    );
  });

  it('reports the iframe with src', () => {
    const iframe = leaksOf('first-visit').find((leak) => leak.subject.includes('/fixtures/youtube-embed.html'));
    expect(iframe?.naming).toMatchObject({ service: 'youtube', category: 'social' });
    expect(iframe?.cause).toMatchObject({ type: 'parser', element: 'Document' });
    const inside = leaksOf('first-visit').find((leak) => leak.subject.includes('/fixtures/youtube-embed-beacon.gif'));
    expect(inside?.naming.service).toBe('youtube');
    expect(inside?.cause).toMatchObject({ type: 'parser', url: `http://localhost:${server.port}/fixtures/youtube-embed.html` });
    expect(run.report!.suggestion.markup).toContainEqual(expect.objectContaining({ after: expect.stringContaining('data-src=') }));
  });

  it('reports the <noscript> pixel in the JavaScript-off phase only', () => {
    expect(leaksOf('no-js').some((leak) => leak.subject.includes('/fixtures/fbevents.gif'))).toBe(true);
    expect(leaksOf('first-visit').some((leak) => leak.subject.includes('/fixtures/fbevents.gif'))).toBe(false);
    expect(leaksOf('no-js').find((leak) => leak.subject.includes('fbevents'))?.naming.service).toBe('meta-pixel');
  });

  it('reports the cookie written again after Reject all, with the script line that wrote it', () => {
    expect(leaksOf('first-visit').some((leak) => leak.subject === '_fbp')).toBe(false);
    const fbp = leaksOf('reject-all').find((leak) => leak.kind === 'cookie' && leak.subject === '_fbp');
    expect(fbp?.naming).toMatchObject({ service: 'meta-pixel', category: 'targeting' });
    expect(fbp?.cause).toMatchObject({ type: 'script', url: server.origin + '/leaky.html', line: FBP_LINE });
    // After Accept all it is allowed: no phase but the first visit, the refusal and JavaScript off has leaks.
    expect(run.report!.leaks.every((leak) => leak.phase !== 'accept-all')).toBe(true);
  });

  it('prints the leaks before the inventory', () => {
    expect(run.stdout.indexOf('Leaks (')).toBeGreaterThan(-1);
    expect(run.stdout.indexOf('Leaks (')).toBeLessThan(run.stdout.indexOf('Services found'));
  });
});

describe('a page without cookiegate', () => {
  it('says so and still reports the first visit', async () => {
    const plain = await runCli(['audit', server.origin + '/examples/assets/video.html', '--browser', CHROME_PATH]);
    expect(plain.code, plain.stdout + plain.stderr).toBe(0);
    expect(plain.stdout).toContain('No cookiegate on the page');
    expect(plain.report!.cookiegateFound).toBe(false);
    expect(plain.report!.phases.map((phase) => phase.id)).toEqual(['first-visit']);
    expect(plain.report!.phases[0]!.requests[0]).toMatchObject({ url: server.origin + '/examples/assets/video.html', type: 'Document', status: 200 });
  }, 60_000);
});

describe('when the audit cannot run', () => {
  it('exits 2 with one line when the URL does not answer', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const failed = await runCli(['audit', `http://127.0.0.1:${port}/`, '--browser', CHROME_PATH]);
    expect(failed.code).toBe(2);
    expect(failed.stderr.trim().split('\n').at(-1)).toMatch(
      /^cookiegate audit: could not run: http:\/\/127\.0\.0\.1:\d+\/ did not load: .*ERR_CONNECTION_REFUSED/,
    );
    expect(failed.report).toBeUndefined();
  }, 60_000);

  it('exits 2 when there is no browser at --browser', async () => {
    const failed = await runCli(['audit', server.origin + '/leaky.html', '--browser', '/nowhere/chrome']);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('cookiegate audit: could not run: --browser: no file at /nowhere/chrome');
  });

  it('exits 2 with the install command when playwright-core is not installed', async () => {
    // A copy of the CLI where no node_modules is above it: as in a site that never installed the driver.
    const alone = join(mkdtempSync(join(tmpdir(), 'cookiegate-nodriver-')), 'cli.mjs');
    copyFileSync(CLI, alone);
    const failed = await runCli(['audit', server.origin + '/leaky.html', '--browser', CHROME_PATH], alone);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('npm install --save-dev playwright-core');
  });
});
