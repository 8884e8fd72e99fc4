// @vitest-environment happy-dom
/**
 * The parts loaded on demand (src/core/engine/parts.ts): the UI, embeds, records and callbacks files. A failed load is
 * one error naming the part, and the next request tries again; until a part is here nothing it would do happens.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('../../../src/core/engine/parts');

/** The module as a fresh page loads it: no loaders, no parts. */
async function fresh(): Promise<Module> {
  vi.resetModules();
  return import('../../../src/core/engine/parts');
}

const errors = () => vi.spyOn(console, 'error').mockImplementation(() => {});
const recordsPart = { records: () => ({}) };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loadPart', () => {
  it("resolves with what the part's loader gives, loading it once for all who ask", async () => {
    const parts = await fresh();
    const load = vi.fn(() => Promise.resolve(recordsPart));
    parts.setPartLoaders({ records: load });
    const [a, b] = await Promise.all([parts.loadPart('records'), parts.loadPart('records')]);
    expect(a).toBe(recordsPart);
    expect(b).toBe(recordsPart);
    await parts.loadPart('records');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a failed load once, naming the part and the cause, and tries again on the next request', async () => {
    const parts = await fresh();
    const error = errors();
    const load = vi
      .fn<() => Promise<typeof recordsPart>>()
      .mockRejectedValueOnce(new Error('https://site.test/cookiegate-records.js did not run'))
      .mockResolvedValueOnce(recordsPart);
    parts.setPartLoaders({ records: load });
    await expect(parts.loadPart('records')).rejects.toThrow('did not run');
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toBe(
      'cookiegate: part "records": could not load it (https://site.test/cookiegate-records.js did not run); it is tried again when next needed, and until then nothing it does happens',
    );
    await expect(parts.loadPart('records')).resolves.toBe(recordsPart);
    expect(load).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledTimes(1);
  });

  it('rejects, with one error, a part nobody said how to load', async () => {
    const parts = await fresh();
    const error = errors();
    await expect(parts.loadPart('embeds')).rejects.toThrow('no way to load it here');
    expect(error).toHaveBeenCalledOnce();
    expect(error.mock.calls[0]![0]).toMatch(/^cookiegate: part "embeds": could not load it \(no way to load it here\)/);
  });

  it('hands a part over only once its prerequisite is done (the catalogue entries it shows)', async () => {
    const parts = await fresh();
    let finish = () => {};
    const asked: string[] = [];
    parts.setPartPrerequisite((name) => {
      asked.push(name);
      return new Promise<void>((resolve) => (finish = resolve));
    });
    parts.setPartLoaders({ records: () => Promise.resolve(recordsPart) });
    let handed = false;
    const loading = parts.loadPart('records').then(() => (handed = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(asked).toEqual(['records']);
    expect(handed).toBe(false);
    finish();
    await loading;
    expect(handed).toBe(true);
  });

  it('keeps loaders given later beside the earlier ones', async () => {
    const parts = await fresh();
    parts.setPartLoaders({ records: () => Promise.resolve(recordsPart) });
    const embeds = { startPlaceholders: () => () => {} };
    parts.setPartLoaders({ embeds: () => Promise.resolve(embeds) });
    await expect(parts.loadPart('records')).resolves.toBe(recordsPart);
    await expect(parts.loadPart('embeds')).resolves.toBe(embeds);
  });
});

describe('definePart', () => {
  it("keeps what a part's file handed over, by name", async () => {
    const parts = await fresh();
    expect(parts.definedPart('callbacks')).toBeUndefined();
    const callbacks = { callbacks: () => ({}) };
    parts.definePart('callbacks', callbacks);
    expect(parts.definedPart('callbacks')).toBe(callbacks);
    expect(parts.definedPart('records')).toBeUndefined();
  });
});
