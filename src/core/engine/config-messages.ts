/**
 * The config check's lines of the catalogue (see `errors.ts`): they travel with the check, which the script tag loads
 * only for a config that is new to the visitor, so a returning visitor's gate carries none of them.
 *
 * @example CONFIG_MESSAGES.readOnly // 'only strictly necessary storage may be always on; "{0}" needs consent'
 */
import { fromText, type Problem } from '../kernel';

export const CONFIG_MESSAGES = {
  regex: 'not a valid regular expression ({0}); fix it',
  slowRegex: 'regular expression may backtrack catastrophically (nested or too many quantifiers); simplify it',
  range: 'expected {0}, got {1}',
  url: 'not a safe URL: use http(s) or a relative path, got {0}',
  region: '"{0}" is not an ISO 3166-2 code (like "ES" or "US-CA"); list member states one by one',
  regionKey: '"{0}" is not "default" or a region code like "DE" or "US-CA"; regions is unused until fixed',
  regime: 'expected "opt-in", "opt-out", "notice" or "none", got {0}; regions is unused until fixed',
  duplicateService: 'service "{0}" is already declared in {1}; service names must be unique',
  necessary: 'the necessary category cannot be removed or made optional; keep it',
  readOnly: 'only strictly necessary storage may be always on; "{0}" needs consent',
  controlChar: 'has the control character {0}, which makes browsers refuse the cookie; remove it',
  pushPath: '"{0}.push" is a path; write "{0}": an array or a queue object is pushed to',
  noController: 'no {0}: the banner should say who asks for consent and link to the privacy policy',
  noProvider: 'no provider: the preferences should say who runs this service',
  noDuration: 'no duration for {0}: the preferences should say how long each cookie lasts',
  catalogueId: 'not a catalogue id; did you mean "{0}"?',
} as const;

/** Code of a config check's line. */
export type ConfigProblemCode = keyof typeof CONFIG_MESSAGES;

/** Builds a problem of the config check, filling `{0}`, `{1}`… with `args`. */
export function configProblem(code: ConfigProblemCode, path: string, ...args: unknown[]): Problem {
  return fromText(code, CONFIG_MESSAGES[code], path, args);
}
