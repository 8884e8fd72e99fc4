/**
 * Whether a cookie pattern is safe to test against any cookie name. The config check refuses an unsafe one in the
 * config with its path; a catalogue entry's, fetched at run time, is skipped. Neither runs on a returning visitor's
 * page view, so in the script tag this module travels in the files that need it (the config check, the catalogue's
 * loader), not in the gate.
 */
import { compileCookiePattern, MAX_PATTERN_NAME, PATTERN } from '../kernel';

/** A quantifier at the start of a string: `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}` (then `m` or `,` and `m`). */
const QUANTIFIER = /^(?:[*+?]|\{(\d+)(,?)(\d*)\})/;
/**
 * Most ways a pattern may split one cookie name between its quantifiers and alternatives: two unbounded quantifiers
 * and one alternation (`/^_pk_(id|ses)\.\d+\.[0-9a-f]+$/`) fit; three overlapping ones (`/a*a*a*!/`) would take
 * seconds on a long name.
 */
const MAX_CHOICES = 2 ** 18;

/** How many lengths a quantifier can take on a name of at most {@link MAX_PATTERN_NAME} characters. */
function ways(q: RegExpExecArray): number {
  if (q[0] === '?') return 2;
  if (q[1] === undefined || (q[2] && !q[3])) return MAX_PATTERN_NAME + 1;
  return q[2] ? Math.min(+q[3]! - +q[1] + 1, MAX_PATTERN_NAME + 1) : 1;
}

/**
 * `true` for a pattern that could backtrack catastrophically on a hostile cookie name:
 * - a group repeated (`*`, `+`, `{n}`, `{n,m}`) that holds a quantifier or an alternation, at any depth: `(a+)+`,
 *   `((a)+)+`, `(a|a)*`, `(a|aa){31}`, `(a?){25}`: exponential in the name's length;
 * - more ways to split a name than {@link MAX_CHOICES}, counting every quantifier and alternative: `/a*a*a*!/`,
 *   polynomial with a high degree.
 * Conservative: `(_ga|_gid)*` is refused too, although its branches cannot overlap.
 */
export function mayBacktrack(source: string): boolean {
  const risky: boolean[] = []; // per open group: holds a quantifier or an alternation
  const branches: number[] = [1]; // per open group, the whole pattern first: its alternatives
  let choices = 1;
  let lazy = false; // a `?` right after a quantifier makes it lazy; it is no quantifier of its own
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    const q = QUANTIFIER.exec(source.slice(i));
    const wasQuantifier = lazy;
    lazy = false;
    if (ch === '\\') i++;
    else if (ch === '[') for (i++; i < source.length && source[i] !== ']'; i++) i += +(source[i] === '\\');
    else if (ch === '(') {
      risky.push(false);
      branches.push(1);
      if (source[i + 1] === '?') i++; // (?: (?= (?! (?<name> are group syntax, not quantifiers
    } else if (ch === ')') {
      const inner = risky.pop() ?? false;
      choices *= branches.pop()!;
      const after = QUANTIFIER.exec(source.slice(i + 1));
      if (inner && after && after[0] !== '?') return true;
      if (risky.length && inner) risky[risky.length - 1] = true;
    } else if (ch === '|') {
      branches[branches.length - 1]!++;
      if (risky.length) risky[risky.length - 1] = true;
    } else if (q && !(ch === '?' && wasQuantifier)) {
      choices *= ways(q);
      if (risky.length) risky[risky.length - 1] = true;
      i += q[0].length - 1;
      lazy = true;
    }
  }
  return choices * branches[0]! > MAX_CHOICES;
}

/**
 * The `RegExp` of a `/regex/` name from outside the config (a catalogue entry), or `undefined` for an exact name or a
 * pattern that would not compile or could backtrack catastrophically: such a cookie is skipped, never trusted.
 */
export function safeCookiePattern(name: string): RegExp | undefined | null {
  try {
    const m = PATTERN.exec(name);
    return m && mayBacktrack(m[1]!) ? null : compileCookiePattern(name);
  } catch {
    return null;
  }
}
