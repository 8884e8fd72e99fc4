/**
 * Consent records (proof of consent) through the built dist/cookiegate.js, configured by inline JSON only
 * (test/browser/pages/integrations/records.html): one record per choice, in exactly the contract's shape, kept
 * queued through an outage and sent on the next page load; and the whole path into examples/consent-log's
 * SQLite database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, evaluate, settle, useBrowserHarness } from '../harness';
import { pageSource, servePage } from '../harness/integration-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

/** The keys the contract pins, and no others. */
const RECORD_KEYS = [
  'action',
  'categories',
  'configHash',
  'consentId',
  'gpc',
  'language',
  'previousConsentId',
  'regime',
  'revision',
  'services',
  'source',
  'time',
  'version',
];
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const QUEUE_KEY = 'cookiegate:records';

const records = () => h.server.records.filter((r) => r.path === '/consent-records').map((r) => r.json as any);
const banner = (page: Page) => page.locator('.cg-banner');
const consentId = (page: Page) => evaluate<string>(page, 'CookieGate.getConsent().consentId');
const queue = (page: Page) => evaluate<any[]>(page, `JSON.parse(localStorage.getItem(${JSON.stringify(QUEUE_KEY)}) || '[]')`);

async function waitForRecords(count: number): Promise<void> {
  await expect.poll(() => records().length, { timeout: 5000 }).toBeGreaterThanOrEqual(count);
  await settle(h.server, 300);
}

describe('consent records (dist/cookiegate.js, JSON config)', () => {
  it('a banner click POSTs one record with exactly the contract keys; API and modal choices chain previousConsentId', async () => {
    const path = servePage(h.server, 'records.html');
    const s = await h.open({ path });
    await settle(h.server, 300);
    expect(records()).toHaveLength(0); // no choice, no record

    await banner(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    await waitForRecords(1);
    expect(records()).toHaveLength(1);
    const post = h.server.records[0]!;
    expect(post.headers['content-type']).toMatch(/^application\/json/);
    const first = records()[0];
    expect(Object.keys(first).sort()).toEqual(RECORD_KEYS);
    expect(first).toMatchObject({
      consentId: await consentId(s.page),
      previousConsentId: null,
      revision: 3,
      version: await evaluate(s.page, 'CookieGate.version'),
      language: 'en',
      action: 'accept-all',
      source: 'banner',
      gpc: false,
    });
    expect(first.categories).toEqual({ necessary: true, performance: true, functionality: true, targeting: true, social: true });
    expect(first.services).toEqual({ ga: true });
    expect(first.time).toMatch(ISO_8601);
    expect(Math.abs(Date.parse(first.time) - Date.now())).toBeLessThan(60_000);
    expect(typeof first.configHash).toBe('string');
    expect(first.configHash.length).toBeGreaterThan(0);
    expect(first.consentId.length).toBeGreaterThan(0);

    // A later change through the API.
    await evaluate(s.page, 'CookieGate.rejectAll()');
    await waitForRecords(2);
    expect(records()).toHaveLength(2);
    const second = records()[1];
    expect(Object.keys(second).sort()).toEqual(RECORD_KEYS);
    expect(second).toMatchObject({ action: 'reject-all', source: 'api', previousConsentId: first.consentId, configHash: first.configHash });
    expect(second.consentId).not.toBe(first.consentId);
    expect(second.consentId).toBe(await consentId(s.page));
    expect(second.categories).toEqual({ necessary: true, performance: false, functionality: false, targeting: false, social: false });
    expect(second.services).toEqual({ ga: false });

    // A custom choice in the modal, re-opened from the persistent control.
    await s.page.getByRole('button', { name: 'Cookie preferences', exact: true }).click();
    await s.page.check('#cg-c-performance');
    await s.page.getByRole('button', { name: 'Save preferences', exact: true }).click();
    await waitForRecords(3);
    const third = records()[2];
    expect(third).toMatchObject({ action: 'custom', source: 'modal', previousConsentId: second.consentId });
    expect(third.categories).toMatchObject({ performance: true, targeting: false });
    expect(third.services).toEqual({ ga: true });

    // Taking it back through the API is a withdrawal.
    await evaluate(s.page, 'CookieGate.accept([])');
    await waitForRecords(4);
    expect(records()[3]).toMatchObject({ action: 'withdraw', source: 'api', previousConsentId: third.consentId });

    // A reload with a stored choice is not a choice: nothing more is sent, and nothing is left queued.
    await s.reload();
    await settle(h.server, 400);
    expect(records()).toHaveLength(4);
    expect(await queue(s.page)).toEqual([]);
  });

  it('delivers the record of a choice followed at once by a navigation (fetch keepalive)', async () => {
    const config = JSON.parse(/id="cookiegate-config">([\s\S]*?)<\/script>/.exec(pageSource('records.html'))![1]!);
    config.records.endpoint = '/records-slow';
    const path = servePage(h.server, 'records.html', config);
    // A sink that answers 1.5 s late, so the page that sent the record is long gone when the answer comes.
    const received: any[] = [];
    h.server.route('/records-slow', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        setTimeout(() => {
          res.statusCode = 204;
          res.end();
        }, 1500);
      });
    });
    h.server.route('/next-page', (_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end('<!doctype html><title>next</title><p>next page, without cookiegate</p>');
    });
    const s = await h.open({ path });
    await evaluate(s.page, "CookieGate.acceptAll(); location.href = '/next-page'; 0");
    await s.page.waitForURL('**/next-page');
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(1);
    expect(received[0]).toMatchObject({ action: 'accept-all', source: 'api' });
  });

  it('configHash identifies the config and texts shown: same config, same hash; a changed text, another hash', async () => {
    const config = JSON.parse(/id="cookiegate-config">([\s\S]*?)<\/script>/.exec(pageSource('records.html'))![1]!);
    const hashFor = async (c: unknown) => {
      const path = servePage(h.server, 'records.html', c);
      const s = await h.open({ path });
      const start = records().length;
      await evaluate(s.page, 'CookieGate.rejectAll()');
      await waitForRecords(start + 1);
      expect(s.cookiegateErrors).toEqual([]);
      await s.close();
      return records()[start].configHash as string;
    };
    const a = await hashFor(config);
    expect(await hashFor(config)).toBe(a);
    const renamed = structuredClone(config);
    renamed.categories.performance.services.ga.label = 'GA4';
    expect(await hashFor(renamed)).not.toBe(a);
    const retitled = { ...config, translations: { en: { banner: { title: 'Cookies on this site' } } } };
    expect(await hashFor(retitled)).not.toBe(a);
  });

  it('keeps the record through a 503 and sends it on the next page load', async () => {
    const path = servePage(h.server, 'records.html');
    const s = await h.open({ path });
    h.server.recordStatus = 503;
    await banner(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    await waitForRecords(1);
    const failed = records()[0];
    expect(failed.source).toBe('banner');
    await expect.poll(() => queue(s.page)).toHaveLength(1);
    expect((await queue(s.page))[0]).toEqual(failed);

    h.server.recordStatus = 204;
    await s.reload();
    await waitForRecords(2);
    expect(records()).toHaveLength(2);
    expect(records()[1]).toEqual(failed); // the same record, unchanged
    await expect.poll(() => queue(s.page)).toEqual([]);

    // Delivered once: later loads do not send it again.
    await s.reload();
    await settle(h.server, 400);
    expect(records()).toHaveLength(2);
  });

  it('keeps the record when the request is aborted (network down) and sends it on the next page load', async () => {
    const path = servePage(h.server, 'records.html');
    const s = await h.open({ path });
    await s.page.route('**/consent-records', (route) => route.abort('internetdisconnected'));
    await evaluate(s.page, 'CookieGate.acceptAll()');
    await expect.poll(() => queue(s.page)).toHaveLength(1);
    await settle(h.server, 300);
    expect(records()).toHaveLength(0);
    const id = await consentId(s.page);

    await s.page.unroute('**/consent-records');
    await s.reload();
    await waitForRecords(1);
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({ consentId: id, action: 'accept-all', source: 'api' });
    await expect.poll(() => queue(s.page)).toEqual([]);
  });
});

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const CONSENT_LOG = join(REPO_ROOT, 'examples/consent-log');

/** Starts `node server.mjs` of examples/consent-log with SQLite at `dbPath`; resolves once it listens. */
async function startReceiver(dbPath: string, env: Record<string, string> = {}): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: CONSENT_LOG,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DB_PATH: dbPath, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('consent-log did not start: ' + output)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error('consent-log exited with ' + code + ': ' + output));
    });
  });
  return { port, child };
}

async function stopReceiver(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

describe('consent records into examples/consent-log (SQLite)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'cg-consent-log-'));
  const dbPath = join(tmp, 'records.sqlite');
  let receiver: { port: number; child: ChildProcess } | undefined;

  afterAll(async () => {
    await stopReceiver(receiver?.child);
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Rows of the receiver's database, read as a site owner would (read-only). */
  function rows(): any[] {
    const Database = createRequire(join(CONSENT_LOG, 'package.json'))('better-sqlite3');
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT * FROM consent_records ORDER BY id').all();
    } finally {
      db.close();
    }
  }

  it('a choice arrives in the database; a choice made while the receiver is down arrives after the next load', async () => {
    receiver = await startReceiver(dbPath);
    // Same origin, as the receiver's README sets it up: the site's server proxies the records path to it.
    h.server.route('/consent-log/records', async (req, res) => {
      const body = await new Promise<Buffer>((resolve) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
      });
      try {
        const answer = await fetch('http://127.0.0.1:' + receiver!.port + '/consent-records', {
          method: req.method,
          headers: { 'content-type': String(req.headers['content-type'] || '') },
          body: req.method === 'POST' ? body.toString('utf8') : undefined,
        });
        res.statusCode = answer.status;
        res.end(await answer.text());
      } catch {
        res.statusCode = 502; // the receiver is down
        res.end();
      }
    });
    const config = JSON.parse(/id="cookiegate-config">([\s\S]*?)<\/script>/.exec(pageSource('records.html'))![1]!);
    config.records.endpoint = '/consent-log/records';
    const path = servePage(h.server, 'records.html', config);

    const s = await h.open({ path });
    await banner(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    const firstId = await consentId(s.page);
    await expect.poll(() => rows().length, { timeout: 5000 }).toBe(1);
    expect(rows()[0]).toMatchObject({
      consent_id: firstId,
      previous_consent_id: null,
      revision: 3,
      action: 'accept-all',
      source: 'banner',
      gpc: 0,
      language: 'en',
    });
    expect(JSON.parse(rows()[0].categories)).toEqual({ necessary: true, performance: true, functionality: true, targeting: true, social: true });
    expect(JSON.parse(rows()[0].services)).toEqual({ ga: true });
    await expect.poll(() => queue(s.page)).toEqual([]);

    // Outage: the receiver is stopped, the visitor changes their mind.
    await stopReceiver(receiver.child);
    await evaluate(s.page, 'CookieGate.rejectAll()');
    const secondId = await consentId(s.page);
    await expect.poll(() => queue(s.page)).toHaveLength(1);
    await settle(h.server, 300);
    expect(rows()).toHaveLength(1);

    // Back up (same database): the next page load delivers the queued record.
    receiver = await startReceiver(dbPath);
    await s.reload();
    await expect.poll(() => rows().length, { timeout: 5000 }).toBe(2);
    expect(rows()[1]).toMatchObject({ consent_id: secondId, previous_consent_id: firstId, action: 'reject-all', source: 'api' });
    await expect.poll(() => queue(s.page)).toEqual([]);
  });

  it('a site on another origin posts to the receiver directly (ALLOW_ORIGIN, CORS preflight with keepalive)', async () => {
    await stopReceiver(receiver?.child);
    const crossDb = join(tmp, 'cross-origin.sqlite');
    receiver = await startReceiver(crossDb, { ALLOW_ORIGIN: h.server.origin });
    const config = JSON.parse(/id="cookiegate-config">([\s\S]*?)<\/script>/.exec(pageSource('records.html'))![1]!);
    config.records.endpoint = 'http://127.0.0.1:' + receiver.port + '/consent-records';
    const path = servePage(h.server, 'records.html', config);
    const s = await h.open({ path });
    await banner(s.page).getByRole('button', { name: 'Accept all', exact: true }).click();
    const id = await consentId(s.page);
    await expect.poll(() => queue(s.page), { timeout: 5000 }).toEqual([]);
    const Database = createRequire(join(CONSENT_LOG, 'package.json'))('better-sqlite3');
    const db = new Database(crossDb, { readonly: true, fileMustExist: true });
    try {
      expect(db.prepare('SELECT consent_id, action, source FROM consent_records').all()).toEqual([{ consent_id: id, action: 'accept-all', source: 'banner' }]);
    } finally {
      db.close();
    }
    expect(s.cookiegateErrors).toEqual([]);
  });
});
