/**
 * Advice on a valid config: what it leaves visitors without, and a service key that is almost a catalogue id. Part of
 * the config check (the script tag's `cookiegate-check.js`), so it reads the engine from the kernel only.
 */
import { catalogueIds, type Problem } from '../kernel';
import { configProblem } from './config-messages';
import type { Config } from '../types';

/**
 * What a valid config leaves visitors without: who asks (controller name, policy link), who runs each service and how
 * long its cookies last (CNIL 2020-091, Planet49). Logged as warnings, never errors: nothing is dropped.
 * The built-in default (no config at all) gets none: it is the demo a site owner starts from.
 */
export function adviceFor(config: Config): Problem[] {
  const advice: Problem[] = [];
  const missing = ['name', 'policyUrl'].filter((key) => !config.controller[key as 'name']);
  if (missing.length) advice.push(configProblem('noController', 'controller', missing.map((key) => 'controller.' + key).join(' or ')));
  for (const category of config.categories) {
    for (const service of category.services) {
      const path = 'categories.' + category.id + '.services.' + service.id;
      const inherits = service.inherits ?? [];
      const nearest = service.inherits ? undefined : nearestCatalogueId(service.id);
      if (nearest) advice.push(configProblem('catalogueId', path, nearest));
      if (!service.provider && !inherits.includes('provider')) advice.push(configProblem('noProvider', path));
      const undated = inherits.includes('cookies') ? [] : service.cookies.filter((c) => !c.duration).map((c) => c.name);
      if (undated.length) advice.push(configProblem('noDuration', path + '.cookies', undated.join(', ')));
    }
  }
  return advice;
}

/** Edit distance of two short strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The catalogue id a service key was probably meant to be (`google-analytic`, `Google_Analytics`), or `undefined`
 * when none is close. A short key (`yt`, `ga`) is nobody's typo: it stays a plain service without advice.
 * @example nearestCatalogueId('google-analytic') // 'google-analytics'
 */
export function nearestCatalogueId(key: string): string | undefined {
  const wanted = key.toLowerCase().replace(/_/g, '-');
  if (wanted.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const id of catalogueIds()) {
    const d = distance(wanted, id);
    if (d < bestDistance) [best, bestDistance] = [id, d];
  }
  return best;
}
