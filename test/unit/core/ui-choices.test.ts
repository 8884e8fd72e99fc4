// @vitest-environment node
/**
 * What each `ui` key may be (src/core/engine/ui-choices.ts), written once: the published JSON Schema (generated from
 * the `UserUi` type, which reads these lists) offers exactly these values, and every default is one of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { UI_CHOICES } from '../../../src/core/engine/ui-choices';

const SCHEMA_FILE = join(__dirname, '../../../dist/cookiegate.schema.json');

describe('the ui choices', () => {
  it('are what the JSON Schema offers for each ui key, no more and no fewer keys', () => {
    if (!existsSync(SCHEMA_FILE)) throw new Error('dist/cookiegate.schema.json missing: run `npm run build` first');
    const ui = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')).definitions.UserUi.properties as Record<string, { enum: unknown[] }>;
    expect(Object.keys(ui).sort()).toEqual(Object.keys(UI_CHOICES).sort());
    for (const [key, values] of Object.entries(UI_CHOICES)) expect(ui[key]!.enum, 'ui.' + key).toEqual(values);
  });

  it('include every default, and the defaults cover every key', () => {
    expect(Object.keys(DEFAULT_CONFIG.ui).sort()).toEqual(Object.keys(UI_CHOICES).sort());
    for (const [key, value] of Object.entries(DEFAULT_CONFIG.ui)) expect(UI_CHOICES[key as keyof typeof UI_CHOICES], 'ui.' + key).toContain(value);
  });

  it('keep the re-open control switchable off and never "on" without a corner', () => {
    expect(UI_CHOICES.reopen).toContain(false);
    expect(UI_CHOICES.reopen).not.toContain(true);
  });
});
