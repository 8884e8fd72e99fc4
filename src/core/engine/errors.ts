import type { ConfigProblemCode } from './config-messages';

/**
 * The catalogue of problems cookiegate reports: every line it writes to the console comes from here. An error is one
 * `console.error` prefixed `cookiegate:`, advice (the codes in `ADVICE_CODES`) one `console.warn` prefixed
 * `cookiegate advice:`; each names the config path, attribute or element, what was expected and found, and what to do.
 * Tests assert the code and the path, so wording can improve without breaking them.
 *
 * These are the lines the gate itself may write; the config check's own (`config-messages.ts`) travel with the check,
 * which the script tag loads only for a config new to the visitor. `MESSAGES` (`messages.ts`) is the whole catalogue.
 *
 * @example RUNTIME_MESSAGES.unknownKey // 'unknown key "{0}"; known: {1}'
 */
export const RUNTIME_MESSAGES = {
  json: 'not valid JSON ({0}); fix it',
  type: 'expected {0}, got {1}',
  unknownKey: 'unknown key "{0}"; known: {1}',
  regionValue: '"{0}" is not a region code like "DE" or "US-CA"; the strictest regime applies',
  unknownCategory: 'unknown category "{0}"; known: {1}',
  unknownService: 'unknown service "{0}" in category "{1}"; known: {2}',
  unsafeGlobal: '"{0}" {1}, so nothing was sent; name an array or a function your page defines',
  duplicateConfig: '{0} inline configs have this id; the first is used: remove the others',
  load: 'could not load the config from {0} ({1}); running with the defaults',
  locale: 'could not load the texts from {0} ({1}); showing English',
  unsafeAttr: 'refused {0} on activation: use an http(s) or relative URL',
  liveSrc: 'has a live {0} and loads before consent; move the URL to data-{0}',
  liveScript: 'runs before consent; add type="text/plain" so cookiegate can hold it',
  part: 'could not load it ({0}); it is tried again when next needed, and until then nothing it does happens',
  chunk: 'could not load it ({0}); nothing optional activates on this page: check that your bundler serves its chunks',
  catalogue: 'could not load its catalogue entry ({0}); tried again on the next choice',
  autoBlockMissing: 'needs cookiegate.autoblock.js, or "cookiegate/auto-block" imported first; nothing is blocked by host',
  autoBlockFailed: 'could not start ({0}); nothing is blocked by host: mark tags with data-category',
  lateMeta: 'fbq("init") ran before cookiegate\'s revoke; {0}data-vendors="meta" on its tag, or gate the snippet',
  lateGoogle: "a Google tag ran before cookiegate's consent default; {0}data-consent-mode on its tag, or gate the tag",
  refused: 'the browser refused to run it ({0}); under Trusted Types allow our policy: trusted-types cookiegate',
  listener: 'threw ({0}); catch inside your listener',
  vendorThrew: 'the vendor API threw; keep its snippet as published',
  callbackThrew: '{0} threw; catch inside it',
  recordsStorage: 'cannot {0} the retry queue in localStorage; retried in this page only',
  recordsSend: '{0} failed ({1}); the record stays queued: check the endpoint',
  start: 'could not start ({0}); nothing optional runs: report it',
  // Advice (console.warn): valid, but visitors are told less than regulators expect, or a legal choice is the site's.
  noscript: 'loads {0} when JavaScript is off, so without consent; remove this fallback from the vendor snippet',
  otherCmp: 'another consent tool (an IAB TCF CMP) is on this page; cookiegate is not one and leaves it alone, but visitors would be asked twice: keep one',
  advancedMode: 'is "advanced": Google tags send cookieless pings before consent, your legal decision; use "basic" to block them',
} as const;

/**
 * Code of a catalogue entry.
 * @example const code: ProblemCode = 'unknownKey'
 */
export type ProblemCode = keyof typeof RUNTIME_MESSAGES | ConfigProblemCode;

/**
 * One problem found in config or markup, as `parseConfig` returns it.
 * @example { code: 'type', path: 'cookie.expiresDays', message: 'cookie.expiresDays: expected a number of days above 0, at most 395, got number 400' }
 */
export interface Problem {
  code: ProblemCode;
  /** Config path (`categories.performance.services.ga.cookies[1]`) or element description. */
  path: string;
  message: string;
}

/** Builds a problem from the gate's part of the catalogue, filling `{0}`, `{1}`… with `args`. */
export function problem(code: keyof typeof RUNTIME_MESSAGES, path: string, ...args: unknown[]): Problem {
  return fromText(code, RUNTIME_MESSAGES[code], path, args);
}

/** A problem of `code` whose catalogue text is `text`, its `{0}`, `{1}`… filled with `args`. */
export function fromText(code: ProblemCode, text: string, path: string, args: unknown[]): Problem {
  return { code, path, message: path + ': ' + text.replace(/\{(\d)\}/g, (_, i: string) => String(args[+i])) };
}

/**
 * The codes logged as advice: valid config that tells visitors less than it should, or a choice that is the site
 * owner's to make. Every other code is an error: something was dropped or did not run.
 */
export const ADVICE_CODES: readonly ProblemCode[] = ['noController', 'noProvider', 'noDuration', 'catalogueId', 'noscript', 'otherCmp', 'advancedMode'];

/**
 * The level a code is logged at: `'advice'` (`console.warn`, `cookiegate advice:`) or `'error'` (`console.error`,
 * `cookiegate:`).
 * @example levelOf('noController') // 'advice'
 */
export function levelOf(code: ProblemCode): 'error' | 'advice' {
  return ADVICE_CODES.includes(code) ? 'advice' : 'error';
}

/**
 * Logs one problem at its code's level, with `cause` (a thrown error, for its stack) beside the line when given.
 * Never throws: the host page may have replaced `console`.
 */
export function report(p: Problem, cause?: unknown): void {
  try {
    const advice = ADVICE_CODES.includes(p.code);
    console[advice ? 'warn' : 'error']((advice ? 'cookiegate advice: ' : 'cookiegate: ') + p.message, ...(cause === undefined ? [] : [cause]));
  } catch {
    /* a broken console must not break the page */
  }
}

/** Keys of the problems `reportOnce` logged since their scope was last forgotten. */
const reported = new Set<string>();

/**
 * Logs a problem the first time its `key` comes up (`scope` + `:` + what went wrong), so a failure repeated on every
 * choice is one line, not one per choice. `forgetReported(scope)` lets it be logged again (an integration's restart).
 * @example reportOnce('records:send', problem('recordsSend', 'records', endpoint, error), error)
 */
export function reportOnce(key: string, p: Problem, cause?: unknown): void {
  if (reported.has(key)) return;
  reported.add(key);
  report(p, cause);
}

/**
 * Forgets what `reportOnce` logged under `scope` (the part of `key` before the first `:`).
 * @example forgetReported('records')
 */
export function forgetReported(scope: string): void {
  reported.forEach((key) => key.split(':')[0] === scope && reported.delete(key));
}

/** How a value is described in a message: its type, and a short preview. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return typeof value + ' ' + String(value);
}
