/**
 * Writes README.md's defaults from the code, so the two cannot disagree: the table of every config default with its
 * allowed values (between `<!-- defaults:start -->` and `<!-- defaults:end -->`) and the table of the built-in
 * categories (between `<!-- categories:start -->` and `<!-- categories:end -->`).
 *
 * `npm run readme:defaults` rewrites both blocks; `test/unit/readme-defaults.test.ts` fails while README.md differs
 * from what this would write, and holds the schema's `@default` tags to the same values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_CATEGORY_IDS,
  DEFAULT_CONFIG,
  DEFAULT_CONSENT_MODE,
  DEFAULT_GCM_MAPPING,
  MAX_EXPIRES_DAYS,
  MAX_WAIT_FOR_UPDATE,
} from '../../src/core/engine/defaults';
import { REGIMES } from '../../src/core/engine/regime';
import { UI_CHOICES } from '../../src/core/engine/ui-choices';
import { GOOGLE_CONSENT_TYPES } from '../../src/core/integrations/google-consent-types';
import { TEXTS_EN } from '../../src/core/texts/texts-en';

/** One config path's default: `value` when a config can write the default itself, else `words` saying what happens. */
export interface DefaultRow {
  path: string;
  value?: string | number | boolean;
  words?: string;
  allowed: string;
}

const code = (value: unknown) => '`' + JSON.stringify(value) + '`';
const list = (values: readonly unknown[]) => values.map(code).join(', ');
const names = (values: readonly string[]) => values.map((v) => '`' + v + '`').join(', ');

/** Words for an empty default; a default that stops being empty needs words of its own here, so this throws. */
function empty(value: unknown, path: string, words: string): string {
  const isEmpty = value == null || (typeof value === 'object' && Object.keys(value).length === 0);
  if (!isEmpty) throw new Error(`readme-defaults: the default of ${path} is no longer empty; describe it in test/tools/readme-defaults.ts`);
  return words;
}

/** The built-in categories whose `flag` is on by default, as `true` for `a` and `b`, else `false`. */
function perCategory(flag: 'readOnly' | 'saleOrShare'): string {
  const on = DEFAULT_CONFIG.categories.filter((c) => c[flag]).map((c) => '`' + c.id + '`');
  return '`true` for ' + [on.slice(0, -1).join(', '), on.at(-1)].filter(Boolean).join(' and ') + ', else `false`';
}

const mapping = () =>
  Object.entries(DEFAULT_GCM_MAPPING)
    .map(([id, types]) => '`' + id + '` → ' + names(types))
    .join('; ');

const days = `days, more than 0 and at most ${MAX_EXPIRES_DAYS}`;
const bool = list([true, false]);
const { cookie, ui } = DEFAULT_CONFIG;
if (cookie.rejectExpiresDays !== cookie.expiresDays)
  throw new Error('readme-defaults: cookie.rejectExpiresDays no longer follows cookie.expiresDays; say so here');

/** Every config path with a default, in the order of the reference below the table. */
export function defaultRows(): DefaultRow[] {
  return [
    { path: 'revision', value: DEFAULT_CONFIG.revision, allowed: 'a whole number, 0 or more' },
    { path: 'categories', words: names(DEFAULT_CATEGORY_IDS), allowed: 'these (a default set to `false` is removed, not `necessary`) and ids of your own' },
    { path: 'categories.<id>.readOnly', words: perCategory('readOnly'), allowed: bool + ' (only for a category of your own)' },
    { path: 'categories.<id>.saleOrShare', words: perCategory('saleOrShare'), allowed: bool },
    { path: 'categories.<id>.services.<name>.label', words: "the service's key", allowed: 'text' },
    {
      path: 'googleConsentMode',
      value: DEFAULT_CONFIG.googleConsentMode === null ? false : undefined,
      allowed: '`true` (basic mode, default mapping), `false` or an object',
    },
    { path: 'googleConsentMode.mode', value: DEFAULT_CONSENT_MODE.mode, allowed: list(['basic', 'advanced']) },
    { path: 'googleConsentMode.mapping', words: mapping(), allowed: 'category id → list of ' + names(GOOGLE_CONSENT_TYPES) },
    {
      path: 'googleConsentMode.region',
      words: empty(DEFAULT_CONSENT_MODE.region, 'googleConsentMode.region', 'everywhere'),
      allowed: 'ISO 3166-2 codes (`"ES"`, `"US-CA"`)',
    },
    { path: 'googleConsentMode.waitForUpdate', value: DEFAULT_CONSENT_MODE.waitForUpdate, allowed: `milliseconds, 0 to ${MAX_WAIT_FOR_UPDATE}` },
    { path: 'googleConsentMode.urlPassthrough', value: DEFAULT_CONSENT_MODE.urlPassthrough, allowed: bool },
    { path: 'googleConsentMode.adsDataRedaction', value: DEFAULT_CONSENT_MODE.adsDataRedaction, allowed: bool },
    { path: 'gpc', value: DEFAULT_CONFIG.gpc, allowed: bool },
    { path: 'records', words: empty(DEFAULT_CONFIG.records, 'records', 'none: no records are sent'), allowed: '`{ "endpoint": "<URL>" }`' },
    { path: 'cookie.name', value: cookie.name, allowed: "a cookie name: letters, digits and ``!#$%&'*+-.^_`\\|~`` (RFC 6265)" },
    { path: 'cookie.domain', words: empty(cookie.domain, 'cookie.domain', 'the current host only'), allowed: 'a domain name (`example.com`)' },
    { path: 'cookie.path', value: cookie.path, allowed: 'a path starting with `/`' },
    { path: 'cookie.expiresDays', value: cookie.expiresDays, allowed: days },
    { path: 'cookie.rejectExpiresDays', words: 'the value of `cookie.expiresDays`', allowed: days },
    { path: 'language', value: DEFAULT_CONFIG.language, allowed: '`"auto"` or a language code (`"nl"`, `"pt-BR"`)' },
    {
      path: 'translations',
      words: empty(DEFAULT_CONFIG.translations, 'translations', 'none: the shipped texts'),
      allowed: 'language code → texts, or the URL of a JSON file of texts',
    },
    ...(Object.keys(UI_CHOICES) as (keyof typeof UI_CHOICES)[]).map((key) => ({ path: 'ui.' + key, value: ui[key], allowed: list(UI_CHOICES[key]) })),
    { path: 'reloadOnWithdraw', value: DEFAULT_CONFIG.reloadOnWithdraw, allowed: bool },
    { path: 'autoBlock', value: DEFAULT_CONFIG.autoBlock, allowed: bool },
    { path: 'vendors', words: empty(DEFAULT_CONFIG.vendors, 'vendors', 'none'), allowed: 'vendor → category id or `"category:service"`' },
    { path: 'callbacks', words: empty(DEFAULT_CONFIG.callbacks, 'callbacks', 'none'), allowed: 'a list of `{ "category", "global", "grant", "deny" }`' },
    {
      path: 'regions',
      words: empty(DEFAULT_CONFIG.regions, 'regions', code(REGIMES[0]) + ' everywhere'),
      allowed: 'region code or `"default"` → ' + list(REGIMES),
    },
  ];
}

/** The table of defaults README.md shows. */
export function defaultsTable(): string {
  const rows = defaultRows().map((row) => {
    if (row.value === undefined && row.words === undefined) throw new Error(`readme-defaults: no default for ${row.path}`);
    return '| `' + row.path + '` | ' + (row.value === undefined ? row.words : code(row.value)) + ' | ' + row.allowed + ' |';
  });
  return ['| path | default | allowed values |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The table of the built-in categories: English title, and whether a GPC signal refuses it. */
export function categoriesTable(): string {
  const rows = DEFAULT_CONFIG.categories.map((c) => {
    const title = TEXTS_EN.categories[c.id]?.title ?? c.id;
    return '| `' + c.id + '` | ' + title + (c.readOnly ? ' (always on, read-only)' : '') + ' | ' + (c.saleOrShare ? 'yes' : 'no') + ' |';
  });
  return ['| id | default title | GPC refuses it |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The generated blocks, by marker name. */
export const BLOCKS = { defaults: defaultsTable, categories: categoriesTable };

/** Where the block between `<!-- name:start -->` and `<!-- name:end -->` starts and ends in `text` (markers excluded). */
function blockRange(text: string, name: string): [number, number] {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  return [from + start.length, to];
}

/** What the block `name` of `text` holds now. */
export function blockOf(text: string, name: string): string {
  const [from, to] = blockRange(text, name);
  return text.slice(from, to).trim();
}

/** `text` with the block `name` replaced by `content`. */
export function withBlock(text: string, name: string, content: string): string {
  const [from, to] = blockRange(text, name);
  return text.slice(0, from) + '\n' + content + '\n' + text.slice(to);
}

/** README.md with every generated block as the code says it now. */
export function generatedReadme(readme: string): string {
  return Object.entries(BLOCKS).reduce((text, [name, table]) => withBlock(text, name, table()), readme);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL('../../README.md', import.meta.url));
  const before = readFileSync(path, 'utf8');
  const after = generatedReadme(before);
  if (after !== before) writeFileSync(path, after);
  console.log(after === before ? 'README.md: defaults already up to date' : 'README.md: defaults rewritten');
}
