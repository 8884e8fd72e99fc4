// @vitest-environment node
/**
 * README.md's list of the service catalogue is generated from `src/catalogue/services.json`: this test keeps it equal
 * to the data (on a failure, the expected table is in the diff; paste it between the markers).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import catalogue from '../../../src/catalogue/services.json';

const START = '<!-- catalogue:start -->';
const END = '<!-- catalogue:end -->';

/** A cookie name as people read it: `/^_ga_/` is `_ga_*`, `/^mp_.*_mixpanel$/` is `mp_*_mixpanel`. */
function readable(name: string): string {
  const m = /^\/\^(.*?)(\$?)\/$/.exec(name);
  if (!m) return name;
  return m[1]!.replace(/\\\./g, '.').replace(/\.\*/g, '*') + (m[2] ? '' : '*');
}

/** The table README.md shows: one row per service, in id order. */
function catalogueTable(): string {
  const rows = Object.entries(catalogue.services).map(([id, s]) => {
    const cookies = s.cookies.map((c) => '`' + readable(c.name) + '` (' + c.duration + ')').join(', ') || 'none';
    return '| `' + id + '` | ' + s.label + ' | ' + s.category + ' | ' + cookies + ' |';
  });
  return ['| id | service | category | cookies (lifetime) |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

describe('README service catalogue', () => {
  it('lists every service of the catalogue with its category and cookies', () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README.md has the catalogue markers').toBeGreaterThan(0);
    expect(readme.slice(start + START.length, end).trim()).toBe(catalogueTable());
  });

  it('reads cookie patterns the way the contract writes them', () => {
    expect(readable('/^_ga_/')).toBe('_ga_*');
    expect(readable('/^mp_.*_mixpanel$/')).toBe('mp_*_mixpanel');
    expect(readable('_ga')).toBe('_ga');
  });
});
