/**
 * A cookie declaration's name is a `/regex/` string or an exact name. Patterns from the config are checked once, by the
 * config check; those from catalogue entries on arrival (`pattern-safety.ts`): both must be safe to test against any
 * cookie name. This is only the compiling, which every page view needs for the config's own patterns.
 */

/** A `/source/flags` cookie name. */
export const PATTERN = /^\/(.*)\/([a-z]*)$/s;

/**
 * The `RegExp` of a `/regex/flags` name (`g` and `y` dropped: the name is tested whole, every time), or `undefined` for
 * an exact name. Throws on a pattern the browser cannot compile.
 * @example compileCookiePattern('/^_ga_/') // /^_ga_/
 */
export function compileCookiePattern(name: string): RegExp | undefined {
  const m = PATTERN.exec(name);
  return m ? new RegExp(m[1]!, m[2]!.replace(/[gy]/g, '')) : undefined;
}
