// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The config reference in README.md is checked against the JSON Schema that the build generates from the
 * `UserConfig` type, so the two cannot drift: every config path has a heading (`### \`cookie.domain\``).
 * Run `npm run build` first (npm test does).
 */
type Node = { $ref?: string; properties?: Record<string, Node>; anyOf?: Node[]; additionalProperties?: Node | boolean };
const schema = JSON.parse(readFileSync('dist/cookiegate.schema.json', 'utf8')) as Node & { definitions: Record<string, Node> };
const headings = readFileSync('README.md', 'utf8')
  .split('\n')
  .filter((line) => /^#{2,4} /.test(line))
  .join('\n');

const deref = (node: Node): Node => (node.$ref ? deref(schema.definitions[node.$ref.split('/').pop()!]!) : node);

/** Config paths as the errors name them; a map of ids is written `<id>` (`categories.<id>.services.<name>`). */
function paths(node: Node, prefix: string, placeholder: string[]): string[] {
  const out: string[] = [];
  for (const option of [node, ...(node.anyOf ?? [])].map(deref)) {
    for (const [key, child] of Object.entries(option.properties ?? {})) {
      const path = prefix ? prefix + '.' + key : key;
      out.push(path);
      // Texts are documented by their own section, not path by path.
      if (path !== 'translations' && path !== '$schema') out.push(...paths(child, path, placeholder));
    }
    if (typeof option.additionalProperties === 'object' && prefix && !prefix.startsWith('translations')) {
      const [name, ...rest] = placeholder;
      out.push(...paths(deref(option.additionalProperties), prefix + '.' + name, rest));
    }
  }
  return [...new Set(out)];
}

describe('README config reference', () => {
  const all = paths(deref(schema), '', ['<id>', '<name>']).filter((p) => p !== '$schema');

  it('covers the config type (sanity: the walk finds nested paths)', () => {
    expect(all).toContain('cookie.domain');
    expect(all).toContain('categories.<id>.services.<name>.cookies');
    expect(all.length).toBeGreaterThan(30);
  });

  it('has a heading naming every config path', () => {
    const missing = all.filter((path) => {
      const last = path.split('.').pop()!;
      // A heading may group siblings: `#### \`categories.<id>.services.<name>.provider\`, \`.purpose\``.
      return (
        !headings.includes('`' + path + '`') &&
        !new RegExp('`\\.' + last.replace(/[$]/g, '\\$') + '`').test(
          headings
            .split('\n')
            .filter((h) => h.includes('`' + path.slice(0, path.lastIndexOf('.'))))
            .join('\n'),
        )
      );
    });
    expect(missing).toEqual([]);
  });
});
