// @vitest-environment node
/**
 * The config's defaults have one source, `src/core/engine/defaults.ts` (with the lists it reads). This test holds to it:
 * README.md's generated tables (`test/tools/readme-defaults.ts`), the defaults the reference's prose states, the
 * `@default`/`@maximum` tags of `src/core/types.ts` that the JSON Schema (and so every editor) shows, and what
 * `parseConfig` does for a key the config leaves out. Run `npm run build` first (npm test does) for the schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/engine/config';
import { DEFAULT_CONFIG, DEFAULT_CONSENT_MODE, MAX_EXPIRES_DAYS, MAX_WAIT_FOR_UPDATE } from '../../src/core/engine/defaults';
import { BLOCKS, blockOf, defaultRows } from '../tools/readme-defaults';

const REGENERATE = 'README.md differs from the code: run `npm run readme:defaults` and commit the result';
const readme = readFileSync('README.md', 'utf8');
const rows = new Map(defaultRows().map((row) => [row.path, row]));

type Node = {
  $ref?: string;
  anyOf?: Node[];
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  default?: unknown;
  description?: string;
  maximum?: number;
};

/** The schema node of a config path (`categories.<id>.readOnly`), through `$ref`s, `anyOf`s and maps of ids. */
function schemaNode(schema: Node & { definitions: Record<string, Node> }, path: string): Node | undefined {
  const deref = (node: Node): Node => (node.$ref ? deref(schema.definitions[node.$ref.split('/').pop()!]!) : node);
  const step = (node: Node, key: string): Node | undefined => {
    for (const option of [node, ...(node.anyOf ?? [])].map(deref)) {
      const next = key.startsWith('<') ? option.additionalProperties : option.properties?.[key];
      if (typeof next === 'object') return deref(next);
    }
    return undefined;
  };
  return path.split('.').reduce<Node | undefined>((node, key) => node && step(node, key), deref(schema));
}

describe('README defaults', () => {
  for (const [name, table] of Object.entries(BLOCKS)) {
    it(`has the generated ${name} table exactly as the code writes it`, () => {
      expect(blockOf(readme, name), REGENERATE).toBe(table());
    });
  }

  it('states in the reference prose only the defaults of the table', () => {
    const reference = readme.slice(readme.indexOf('\n## Config reference\n'), readme.indexOf('\n## ', readme.indexOf('\n## Config reference\n') + 5));
    const stated: { path: string; value: string }[] = [];
    // A section per heading (`#### \`cookie.name\``, or siblings side by side), then its prose up to the next heading.
    for (const [, heading, body] of reference.matchAll(/^#{3,4} (.+)\n([\s\S]*?)(?=^#{2,4} |$(?![\s\S]))/gm)) {
      const paths = [...heading!.matchAll(/`([^`.][^`]*)`/g)].map((m) => m[1]!).filter((path) => rows.has(path));
      for (const m of body!.matchAll(/default:? `([^`]+)`|`([^`]+)` \(default\b/gi)) for (const path of paths) stated.push({ path, value: m[1] ?? m[2]! });
    }
    const unquote = (text: string) => text.replace(/"/g, '');
    const wrong = stated.filter(({ path, value }) => {
      const row = rows.get(path)!;
      return !unquote(row.value === undefined ? row.words! : JSON.stringify(row.value)).includes(unquote(value));
    });
    expect(stated.length, 'the walk finds the stated defaults').toBeGreaterThan(15);
    expect(wrong, 'a default stated in prose that the table (the code) does not have').toEqual([]);
  });
});

describe('the schema states the defaults of defaults.ts', () => {
  const file = 'dist/cookiegate.schema.json';
  /** A default in words as the build moves it into the description (`… Default: the current host only.`), plain. */
  const worded = (description = '') => /Default: (.+)\.$/.exec(description)?.[1];
  const plain = (text = '') => text.replace(/[`"]/g, '');

  it('has each default a config can write as the @default of its path, and each worded one as its words', () => {
    if (!existsSync(file)) throw new Error(file + ' missing: run `npm run build` first');
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    for (const row of rows.values()) {
      const node = schemaNode(schema, row.path);
      expect(node, 'the schema has ' + row.path).toBeDefined();
      expect(node!.default, row.path + ': its @default in src/core/types.ts').toEqual(row.value);
      const words = worded(node!.description);
      if (words !== undefined) expect(plain(words), row.path + ': its worded @default in src/core/types.ts').toBe(plain(row.words));
    }
  });

  it('states no default for a path the table does not have', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as Node & { definitions: Record<string, Node> };
    const stated: string[] = [];
    const seen = new Set<Node>();
    const walk = (node: Node, path: string) => {
      const target: Node = node.$ref ? schema.definitions[node.$ref.split('/').pop()!]! : node;
      if (seen.has(target)) return;
      seen.add(target);
      if (node.default !== undefined || worded(node.description) !== undefined || target.default !== undefined) stated.push(path);
      for (const option of target.anyOf ?? []) walk(option, path);
      for (const [key, child] of Object.entries(target.properties ?? {})) walk(child, path ? path + '.' + key : key);
      if (typeof target.additionalProperties === 'object') walk(target.additionalProperties, path + (path.startsWith('categories.') ? '.<name>' : '.<id>'));
    };
    walk(schema, '');
    expect(stated.length).toBeGreaterThan(15);
    expect(stated.filter((path) => !rows.has(path))).toEqual([]);
  });

  it('has the upper bounds of defaults.ts as @maximum', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schemaNode(schema, 'cookie.expiresDays')!.maximum).toBe(MAX_EXPIRES_DAYS);
    expect(schemaNode(schema, 'cookie.rejectExpiresDays')!.maximum).toBe(MAX_EXPIRES_DAYS);
    expect(schemaNode(schema, 'googleConsentMode.waitForUpdate')!.maximum).toBe(MAX_WAIT_FOR_UPDATE);
  });
});

describe('parseConfig starts from defaults.ts', () => {
  it('gives the built-in default for an empty config', () => {
    expect(parseConfig({}).config).toEqual(DEFAULT_CONFIG);
  });

  it('gives DEFAULT_CONSENT_MODE for googleConsentMode: true and for an empty object', () => {
    expect(parseConfig({ googleConsentMode: true }).config.googleConsentMode).toEqual(DEFAULT_CONSENT_MODE);
    expect(parseConfig({ googleConsentMode: {} }).config.googleConsentMode).toEqual(DEFAULT_CONSENT_MODE);
  });

  it('keeps a refusal as long as a grant unless rejectExpiresDays is set', () => {
    expect(parseConfig({ cookie: { expiresDays: 30 } }).config.cookie.rejectExpiresDays).toBe(30);
    expect(parseConfig({ cookie: { expiresDays: 30, rejectExpiresDays: 7 } }).config.cookie.rejectExpiresDays).toBe(7);
  });

  it('labels a service by its key', () => {
    const { config } = parseConfig({ categories: { performance: { services: { stats: {} } } } });
    expect(config.categories.find((c) => c.id === 'performance')!.services[0]!.label).toBe('stats');
  });

  it('accepts the upper bounds and reports one more', () => {
    const ok = parseConfig({ cookie: { expiresDays: MAX_EXPIRES_DAYS }, googleConsentMode: { waitForUpdate: MAX_WAIT_FOR_UPDATE } });
    expect(ok.problems).toEqual([]);
    expect(ok.config.cookie.expiresDays).toBe(MAX_EXPIRES_DAYS);
    expect(ok.config.googleConsentMode!.waitForUpdate).toBe(MAX_WAIT_FOR_UPDATE);
    const over = parseConfig({ cookie: { expiresDays: MAX_EXPIRES_DAYS + 1 }, googleConsentMode: { waitForUpdate: MAX_WAIT_FOR_UPDATE + 1 } });
    expect(over.problems.map((p) => p.path).sort()).toEqual(['cookie.expiresDays', 'googleConsentMode.waitForUpdate']);
    expect(over.config.cookie.expiresDays).toBe(DEFAULT_CONFIG.cookie.expiresDays);
  });
});
