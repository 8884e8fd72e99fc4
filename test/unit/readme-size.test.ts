// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('states in README.md exactly the size budgets that size-limit enforces', () => {
  const budgets = (JSON.parse(readFileSync('package.json', 'utf8'))['size-limit'] as { name: string; limit: string }[]).map(
    (check) => '| ' + check.name + ' | ' + check.limit + ' |',
  );
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Size'), readme.indexOf('\n## ', readme.indexOf('## Size') + 1));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| what') && !line.startsWith('| ---'));
  expect(rows).toEqual(budgets);
});
