/**
 * The mark a consent cookie carries of the config it was written under, when that config had been checked and was
 * clean: a fingerprint of the config as the site gives it and of this version's rules. The script tag reads it to skip
 * the check (and the file that holds it) on a returning visitor's page views while the config stays the same; any
 * change to the config, or a new version of cookiegate, brings the check back once. The mark grants nothing: a forged
 * one can at most skip a check of a config that is the site's own.
 */
import { shortHash } from '../platform/hash';
import { VERSION } from './version';

let current = '';

/**
 * The fingerprint of a site owner's config as given (parsed JSON), or `''` for one JSON cannot hold.
 * @example configMark({ revision: 2 }) // '1x3k9pq' (stable for equal JSON)
 */
export function configMark(input: unknown): string {
  try {
    return shortHash(VERSION + JSON.stringify(input ?? null));
  } catch {
    return '';
  }
}

/** Sets the mark cookies are written with from now: the running config's, when it was checked clean; else `''`. */
export function setCheckedMark(mark: string): void {
  current = mark;
}

/** The mark cookies are written with (`''`: none, the config is checked again on the next page view). */
export function checkedMark(): string {
  return current;
}
