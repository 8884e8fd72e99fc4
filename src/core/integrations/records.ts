// From the kernel only: this integration is a part loaded on demand, and in the script tag its file shares the gate's
// engine (src/core/kernel.ts).
import { $language, forgetReported, getTexts, problem, reportOnce, setOwn, shortHash, VERSION, type Integration } from '../kernel';
import type { ChoiceDetail, Config, ConsentAction, ConsentSource, Regime } from '../types';
import { RECORDS_QUEUE_KEY } from './records-queue';

export { RECORDS_QUEUE_KEY };

/**
 * One proof-of-consent record (GDPR Art. 7(1)), as POSTed to `records.endpoint`.
 * Its JSON Schema ships as `dist/record.schema.json`.
 */
export interface ConsentRecord {
  /** Id of this choice. */
  consentId: string;
  /** Id of the choice it replaced, `null` for a first choice. */
  previousConsentId: string | null;
  /** When the choice was made (ISO 8601). */
  time: string;
  /** `revision` of the config the choice was made for. */
  revision: number;
  /** cookiegate version. */
  version: string;
  /** Hash of the config and of the texts shown, so the wording a visitor saw can be identified later. */
  configHash: string;
  /** Language the texts were shown in. */
  language: string;
  action: ConsentAction;
  source: ConsentSource;
  /** A Global Privacy Control signal was honoured. */
  gpc: boolean;
  /** The regime the choice was made under (`regions`). */
  regime: Regime;
  /** Every category, granted or refused. */
  categories: Record<string, boolean>;
  /** Every service, granted or refused. */
  services: Record<string, boolean>;
}

/** Records kept for a retry; older ones are dropped so a long outage cannot fill the visitor's storage. */
export const RECORDS_QUEUE_MAX = 20;

/** Records being sent now, by key, so an overlapping flush does not send one twice. */
const inFlight = new Set<string>();
/** The queue when localStorage is unavailable (private mode, blocked storage): retried in this page only. */
let memoryQueue: ConsentRecord[] = [];

/** Storage or network failures are logged once per kind (`storage`, `send`) until the next start, not per record. */
const reportRecords = (kind: string, code: 'recordsStorage' | 'recordsSend', error: unknown, ...args: unknown[]) =>
  reportOnce('records:' + kind, problem(code, 'records', ...args), error);

const keyOf = (record: ConsentRecord) => record.consentId + '|' + record.time;

function readQueue(): ConsentRecord[] {
  let json: string | null;
  try {
    json = localStorage.getItem(RECORDS_QUEUE_KEY);
  } catch (error) {
    reportRecords('storage', 'recordsStorage', error, 'read');
    return memoryQueue;
  }
  try {
    const stored = JSON.parse(json || '[]') as unknown;
    return Array.isArray(stored) ? stored.filter((r) => r && typeof r.consentId === 'string') : [];
  } catch {
    return []; // a corrupt queue is dropped: the next write replaces it
  }
}

function writeQueue(queue: ConsentRecord[]): void {
  memoryQueue = queue.slice(-RECORDS_QUEUE_MAX);
  try {
    if (memoryQueue.length) localStorage.setItem(RECORDS_QUEUE_KEY, JSON.stringify(memoryQueue));
    else localStorage.removeItem(RECORDS_QUEUE_KEY);
  } catch (error) {
    reportRecords('storage', 'recordsStorage', error, 'write');
  }
}

/** The record of one choice, in exactly the shape the contract pins. */
function toRecord(config: Config, detail: ChoiceDetail): ConsentRecord {
  const { consent, previous } = detail;
  const language = $language.get();
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  for (const category of config.categories) {
    setOwn(categories, category.id, consent.categories.includes(category.id));
    for (const service of category.services) setOwn(services, service.id, consent.services.includes(service.id));
  }
  return {
    consentId: consent.consentId,
    previousConsentId: previous ? previous.consentId : null,
    time: consent.updateTime || new Date().toISOString(),
    revision: consent.revision,
    version: VERSION,
    configHash: shortHash(JSON.stringify(config) + JSON.stringify(getTexts(config, language))),
    language,
    action: detail.action,
    source: detail.source,
    gpc: !!consent.gpc,
    regime: consent.regime || 'opt-in',
    categories,
    services,
  };
}

/** POSTs every queued record not already on its way; a 2xx answer removes it from the queue. */
function flush(endpoint: string): void {
  for (const record of readQueue()) {
    const key = keyOf(record);
    if (inFlight.has(key)) continue;
    inFlight.add(key);
    const done = (isSent: boolean) => {
      inFlight.delete(key);
      if (isSent) writeQueue(readQueue().filter((queued) => keyOf(queued) !== key));
    };
    try {
      // keepalive lets the request outlive a navigation right after the click; unlike sendBeacon we see the answer.
      fetch(endpoint, {
        method: 'POST',
        keepalive: true,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(record),
      }).then(
        (response) => {
          if (!response.ok) reportRecords('send', 'recordsSend', undefined, endpoint, 'answered ' + response.status);
          done(response.ok);
        },
        (error) => {
          reportRecords('send', 'recordsSend', error, endpoint, error);
          done(false);
        },
      );
    } catch (error) {
      reportRecords('send', 'recordsSend', error, endpoint, error);
      done(false);
    }
  }
}

/**
 * Proof of consent: with `records.endpoint` set, every choice made in this tab POSTs one JSON record and keeps
 * it queued in localStorage until a 2xx answer. Records left from earlier pages are resent at start and when the
 * browser comes back online. Choices made in another tab (`remote`) were recorded there.
 * Storage or network failures never throw; each kind is logged once.
 *
 * @example
 * startIntegrations({ ...config, records: { endpoint: '/consent-records' } }, [records()])
 * Without `records` in the config nothing is sent.
 */
export function records(): Integration {
  let endpoint: string | undefined;
  const retry = () => endpoint && flush(endpoint);
  const stop = () => {
    if (typeof window !== 'undefined' && window.removeEventListener) window.removeEventListener('online', retry);
  };
  return {
    start(config) {
      stop();
      forgetReported('records');
      endpoint = config.records ? config.records.endpoint : undefined;
      if (!endpoint) return;
      if (typeof window !== 'undefined' && window.addEventListener) window.addEventListener('online', retry);
      flush(endpoint);
    },
    chosen(detail, config) {
      if (!endpoint || detail.remote) return;
      writeQueue(readQueue().concat(toRecord(config, detail)));
      flush(endpoint);
    },
    stop,
  };
}
