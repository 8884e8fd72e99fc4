/**
 * The catalogue of problems cookiegate reports. Each is one `console.error` prefixed `cookiegate:`,
 * naming the config path, attribute or element, what was expected and what was found.
 * Tests assert the code and the path, so wording can improve without breaking them.
 *
 * @example MESSAGES.unknownKey // 'unknown key "{0}"; known: {1}'
 */
export const MESSAGES = {
  json: 'not valid JSON ({0})',
  type: 'expected {0}, got {1}',
  unknownKey: 'unknown key "{0}"; known: {1}',
  regex: 'not a valid regular expression ({0})',
  slowRegex: 'regular expression may backtrack catastrophically (nested or too many quantifiers); simplify it',
  range: 'expected {0}, got {1}',
  url: 'not a safe URL: use http(s) or a relative path, got {0}',
  region: '"{0}" is not an ISO 3166-2 code (like "ES" or "US-CA"); list member states one by one',
  regionKey: '"{0}" is not "default" or a region code like "DE" or "US-CA"; regions is unused until fixed',
  regime: 'expected "opt-in", "opt-out", "notice" or "none", got {0}; regions is unused until fixed',
  regionValue: '"{0}" is not a region code like "DE" or "US-CA"; the strictest regime applies',
  duplicateService: 'service "{0}" is already declared in {1}; service names must be unique',
  necessary: 'the necessary category cannot be removed or made optional',
  readOnly: 'only strictly necessary storage may be always on; "{0}" needs consent',
  unknownCategory: 'unknown category "{0}"; known: {1}',
  unknownService: 'unknown service "{0}" in category "{1}"; known: {2}',
  controlChar: 'has the control character {0}, which makes browsers refuse the cookie; remove it',
  pushPath: '"{0}.push" is a path; write "{0}": an array or a queue object is pushed to',
  unsafeGlobal: '"{0}" {1}, so nothing was sent; name an array or a function your page defines',
  duplicateConfig: '{0} inline configs have this id; the first is used: remove the others',
  load: 'could not load the config from {0} ({1}); running with the defaults',
  locale: 'could not load the texts from {0} ({1}); showing English',
  unsafeAttr: 'refused {0} on activation: only http(s) or relative URLs',
  liveSrc: 'has a live {0} and loads before consent; move the URL to data-{0}',
  liveScript: 'runs before consent; add type="text/plain" so cookiegate can hold it',
  part: 'could not load it ({0}); it is tried again when next needed, and until then nothing it does happens',
  chunk: 'could not load it ({0}); nothing optional activates on this page: check that your bundler serves its chunks',
  catalogue: 'could not load its catalogue entry ({0}); tried again on the next choice',
  autoBlockMissing: 'needs cookiegate.autoblock.js, or "cookiegate/auto-block" imported first; nothing is blocked by host',
  autoBlockFailed: 'could not start ({0}); nothing is blocked by host',
  lateMeta: 'fbq("init") ran before cookiegate\'s revoke; {0}data-vendors="meta" on its tag, or gate the snippet',
  lateGoogle: "a Google tag ran before cookiegate's consent default; {0}data-consent-mode on its tag, or gate the tag",
  refused: 'the browser refused to run it ({0}); under Trusted Types allow our policy: trusted-types cookiegate',
  // Advice (console.warn): valid, but visitors are told less than regulators expect.
  noController: 'no {0}: the banner should say who asks for consent and link to the privacy policy',
  noProvider: 'no provider: the preferences should say who runs this service',
  noDuration: 'no duration for {0}: the preferences should say how long each cookie lasts',
  catalogueId: 'not a catalogue id; did you mean "{0}"?',
  noscript: 'loads {0} when JavaScript is off, so without consent; remove this fallback from the vendor snippet',
  otherCmp: 'another consent tool (an IAB TCF CMP) is on this page; cookiegate is not one and leaves it alone, but visitors would be asked twice',
} as const;

/**
 * Code of a catalogue entry.
 * @example const code: ProblemCode = 'unknownKey'
 */
export type ProblemCode = keyof typeof MESSAGES;

/**
 * One problem found in config or markup, as `parseConfig` returns it.
 * @example { code: 'type', path: 'cookie.expiresDays', message: 'cookie.expiresDays: expected a number of days from 1 to 395, got number 400' }
 */
export interface Problem {
  code: ProblemCode;
  /** Config path (`categories.performance.services.ga.cookies[1]`) or element description. */
  path: string;
  message: string;
}

/** Builds a problem from the catalogue, filling `{0}`, `{1}`… with `args`. */
export function problem(code: ProblemCode, path: string, ...args: unknown[]): Problem {
  const text = MESSAGES[code].replace(/\{(\d)\}/g, (_, i: string) => String(args[+i]));
  return { code, path, message: path + ': ' + text };
}

/** Logs one problem, never throws (the host page may have replaced `console`). */
export function report(p: Problem): void {
  try {
    console.error('cookiegate: ' + p.message);
  } catch {
    /* a broken console must not break the page */
  }
}

/**
 * Logs advice (valid config that tells visitors less than it should) as one `console.warn` prefixed
 * `cookiegate advice:`, apart from the `cookiegate:` errors that mean something was dropped; never throws.
 */
export function advise(p: Problem): void {
  try {
    console.warn('cookiegate advice: ' + p.message);
  } catch {
    /* a broken console must not break the page */
  }
}

/** How a value is described in a message: its type, and a short preview. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return typeof value + ' ' + String(value);
}
