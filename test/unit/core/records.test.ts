// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { emit } from '../../../src/core/engine/events';
import { RECORDS_QUEUE_KEY, RECORDS_QUEUE_MAX, records, type ConsentRecord } from '../../../src/core/integrations/records';
import { integrationRunner } from './run-integration';
import { $config, $language } from '../../../src/core/engine/stores';
import type { ChoiceDetail, Config, Consent } from '../../../src/core/types';
import { VERSION } from '../../../src/core/engine/version';
import { choice as sharedChoice } from '../../shared/consent';

/** The integration, run as `init` runs it. */
const run = integrationRunner(records);
const startIntegration = run.start;
const stopIntegration = run.stop;

const ENDPOINT = '/consent-records';
const schema = JSON.parse(readFileSync(join(__dirname, '../../../src/record.schema.json'), 'utf8'));

function config(overrides: Partial<Config> = {}): Config {
  const categories = DEFAULT_CONFIG.categories.map((c) =>
    c.id === 'performance'
      ? {
          ...c,
          services: [
            { id: 'ga', category: 'performance', label: 'Google Analytics', cookies: [] },
            { id: 'hj', category: 'performance', label: 'Hotjar', cookies: [] },
          ],
        }
      : c,
  );
  return { ...DEFAULT_CONFIG, categories, records: { endpoint: ENDPOINT }, ...overrides };
}

let clock = 0;
function choice(categories: string[], services: string[] = [], gpc = false): Consent {
  clock += 1000;
  return sharedChoice(categories, services, { gpc, revision: 3, updateTime: new Date(Date.UTC(2026, 0, 1) + clock).toISOString() });
}

function detail(consent: Consent, more: Partial<ChoiceDetail> = {}): ChoiceDetail {
  return {
    consent,
    previous: null,
    changed: { categories: [], services: [] },
    action: 'custom',
    source: 'banner',
    remote: false,
    ...more,
  };
}

function start(c: Config = config()): void {
  $config.set(c);
  startIntegration(c);
}

const ok = () => Promise.resolve(new Response(null, { status: 204 }));
const fetchMock = vi.fn<typeof fetch>(ok);
const sentBodies = (): ConsentRecord[] => fetchMock.mock.calls.map(([, init]) => JSON.parse(String(init!.body)));
const queued = (): ConsentRecord[] => JSON.parse(localStorage.getItem(RECORDS_QUEUE_KEY) || '[]');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The checks src/record.schema.json makes, for a record: exact keys, types, enums. */
function expectValidRecord(record: Record<string, unknown>): void {
  expect(Object.keys(record)).toEqual(schema.required);
  expect(Object.keys(schema.properties).sort()).toEqual([...schema.required].sort());
  expect(schema.properties.action.enum).toContain(record.action);
  expect(schema.properties.source.enum).toContain(record.source);
  expect(record.time).toMatch(new RegExp(schema.properties.time.pattern));
  expect(record.consentId).toMatch(new RegExp(schema.properties.consentId.pattern));
  expect(Number.isInteger(record.revision)).toBe(true);
  for (const key of ['version', 'configHash', 'language']) expect(typeof record[key]).toBe('string');
  expect(typeof record.gpc).toBe('boolean');
  for (const map of [record.categories, record.services] as Record<string, unknown>[]) {
    for (const value of Object.values(map)) expect(typeof value).toBe('boolean');
  }
}

beforeEach(() => {
  localStorage.clear();
  fetchMock.mockReset();
  fetchMock.mockImplementation(ok);
  vi.stubGlobal('fetch', fetchMock);
  $language.set('en');
});

afterEach(async () => {
  await settle();
  stopIntegration(); // the previous run's subscriptions
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('consent records', () => {
  test('sends nothing without records.endpoint', async () => {
    start(config({ records: null }));
    emit('consent', detail(choice(['performance'])));
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(localStorage.getItem(RECORDS_QUEUE_KEY)).toBeNull();
  });

  test('sends nothing before a choice', async () => {
    start();
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('POSTs one JSON record per choice with keepalive', async () => {
    start();
    emit('consent', detail(choice(['performance'], ['ga'])));
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(ENDPOINT);
    expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'application/json' } });
  });

  test('a service named __proto__ or toString is in the record like any other, both ways', async () => {
    const services = ['__proto__', 'toString'].map((id) => ({ id, category: 'performance', label: id, cookies: [] }));
    start(config({ categories: DEFAULT_CONFIG.categories.map((c) => (c.id === 'performance' ? { ...c, services } : c)) }));
    emit('consent', detail(choice(['performance'], ['__proto__'])));
    await settle();
    const body = String(fetchMock.mock.calls[0]![1]!.body);
    expect(body).toContain('"services":{"__proto__":true,"toString":false}');
    expect(Object.keys(JSON.parse(body).services)).toEqual(['__proto__', 'toString']);
  });

  test("a record holds exactly the contract's fields, every category and service both ways", async () => {
    start();
    const consent = choice(['performance'], ['ga'], true);
    emit('consent', detail(consent, { action: 'custom', source: 'modal' }));
    await settle();
    const [record] = sentBodies();
    expect(record).toEqual({
      consentId: consent.consentId,
      previousConsentId: null,
      time: consent.updateTime,
      revision: 3,
      version: VERSION,
      configHash: expect.any(String),
      language: 'en',
      action: 'custom',
      source: 'modal',
      gpc: true,
      regime: 'opt-in',
      categories: { necessary: true, performance: true, functionality: false, targeting: false, social: false },
      services: { ga: true, hj: false },
    });
    expectValidRecord(record as unknown as Record<string, unknown>);
  });

  test('a change records the previous consent id, the action and the language shown', async () => {
    start();
    const first = choice(['performance', 'functionality', 'targeting', 'social'], ['ga', 'hj']);
    const second = choice([]);
    emit('consent', detail(first, { action: 'accept-all', source: 'banner' }));
    $language.set('nl');
    emit('change', detail(second, { previous: first, action: 'withdraw', source: 'modal' }));
    await settle();
    const [, record] = sentBodies();
    expect(record).toMatchObject({
      consentId: second.consentId,
      previousConsentId: first.consentId,
      action: 'withdraw',
      language: 'nl',
      categories: { necessary: true, performance: false, targeting: false },
      services: { ga: false, hj: false },
    });
    expectValidRecord(record as unknown as Record<string, unknown>);
  });

  test('skips choices made in another tab, which recorded them itself', async () => {
    start();
    emit('change', detail(choice(['performance']), { remote: true }));
    await settle();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(queued()).toEqual([]);
  });

  test('the config hash is stable for one config and changes with the config or the texts', async () => {
    start();
    emit('consent', detail(choice([])));
    emit('consent', detail(choice([])));
    start(config({ controller: { name: 'Other Ltd' } }));
    emit('consent', detail(choice([])));
    start(config({ translations: { en: { banner: { acceptAll: 'OK, fine' } } } }));
    emit('consent', detail(choice([])));
    await settle();
    const hashes = sentBodies().map((r) => r.configHash);
    expect(hashes).toHaveLength(4);
    expect(hashes[0]).toBe(hashes[1]);
    expect(new Set(hashes).size).toBe(3);
  });

  test('removes a record from the queue after a 2xx answer', async () => {
    start();
    emit('consent', detail(choice(['performance'])));
    expect(queued()).toHaveLength(1); // queued before the answer
    await settle();
    expect(queued()).toEqual([]);
  });

  test('keeps a record queued on a network failure and resends it on the next start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fetchMock.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
    start();
    const consent = choice(['performance']);
    emit('consent', detail(consent));
    await settle();
    expect(queued().map((r) => r.consentId)).toEqual([consent.consentId]);

    // Next page load, server back.
    fetchMock.mockReset();
    fetchMock.mockImplementation(ok);
    start();
    await settle();
    expect(sentBodies().map((r) => r.consentId)).toEqual([consent.consentId]);
    expect(queued()).toEqual([]);
  });

  test('keeps a record queued on a non-2xx answer', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fetchMock.mockImplementation(() => Promise.resolve(new Response('oops', { status: 500 })));
    start();
    emit('consent', detail(choice([])));
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(queued()).toHaveLength(1);
  });

  test('logs one cookiegate error for repeated send failures', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    fetchMock.mockImplementation(() => Promise.resolve(new Response(null, { status: 503 })));
    start();
    emit('consent', detail(choice([])));
    emit('change', detail(choice(['performance'])));
    await settle();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/^cookiegate: records: /);
  });

  test('resends queued records when the browser comes back online', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fetchMock.mockImplementation(() => Promise.reject(new TypeError('offline')));
    start();
    emit('consent', detail(choice([])));
    await settle();
    fetchMock.mockImplementation(ok);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(queued()).toEqual([]);
  });

  test('never sends a record twice while an earlier send is still pending', async () => {
    let answer: (response: Response) => void = () => {};
    fetchMock.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    start();
    const first = choice([]);
    const second = choice(['performance']);
    emit('consent', detail(first));
    emit('change', detail(second, { previous: first }));
    answer(new Response(null, { status: 200 }));
    await settle();
    expect(sentBodies().map((r) => r.consentId)).toEqual([first.consentId, second.consentId]);
    expect(queued()).toEqual([]);
  });

  test(`keeps at most ${RECORDS_QUEUE_MAX} records, dropping the oldest`, async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fetchMock.mockImplementation(() => Promise.reject(new TypeError('offline')));
    start();
    const ids: string[] = [];
    for (let i = 0; i < RECORDS_QUEUE_MAX + 5; i++) {
      const consent = choice([]);
      ids.push(consent.consentId);
      emit('change', detail(consent));
    }
    await settle();
    expect(queued().map((r) => r.consentId)).toEqual(ids.slice(-RECORDS_QUEUE_MAX));
  });

  test('ignores a corrupt queue in localStorage', async () => {
    localStorage.setItem(RECORDS_QUEUE_KEY, '{not json');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    start();
    emit('consent', detail(choice([])));
    await settle();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(queued()).toEqual([]);
  });

  test('still sends when localStorage throws, and logs one cookiegate error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    // Blocked storage (sandboxed iframe, cookies off): even reading window.localStorage throws.
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', { configurable: true, get: denied });
    try {
      start();
      expect(() => emit('consent', detail(choice([])))).not.toThrow();
      await settle();
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/^cookiegate: records: .*localStorage/);
  });

  test('never throws when fetch itself throws or is missing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.stubGlobal('fetch', undefined);
    start();
    expect(() => emit('consent', detail(choice([])))).not.toThrow();
    await settle();
    expect(queued()).toHaveLength(1);
  });
});
