// @vitest-environment happy-dom
/**
 * Integrations that live in a part of their own (src/core/engine/on-demand.ts): loaded only when the config names
 * them and a phase calls for them; calls made meanwhile arrive in order; a failed load drops them and the next call
 * tries again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Integration } from '../../../src/core/engine/integration';
import type { ChoiceDetail, Config } from '../../../src/core/types';
import { choice } from '../../shared/consent';

type Parts = typeof import('../../../src/core/engine/parts');
type OnDemand = typeof import('../../../src/core/engine/on-demand');

const NAMED = { records: { endpoint: '/consent-records' } } as unknown as Config;
const NOT_NAMED = { records: null } as unknown as Config;
const isNamed = (config: Config) => !!config.records;

/** What the loaded integration saw, in order. */
let seen: string[] = [];
const integration = (): Integration => ({
  start: () => void seen.push('start'),
  apply: (consent) => void seen.push('apply ' + (consent ? consent.categories.join('+') : 'null')),
  chosen: (detail) => void seen.push('chosen ' + detail.action),
  stop: () => void seen.push('stop'),
});

/** Fresh parts and on-demand modules, the records part loaded by `load`. */
async function fresh(load: () => Promise<unknown>): Promise<OnDemand> {
  vi.resetModules();
  seen = [];
  const parts: Parts = await import('../../../src/core/engine/parts');
  parts.setPartLoaders({ records: load as never });
  return import('../../../src/core/engine/on-demand');
}

const detail = (action: ChoiceDetail['action']): ChoiceDetail => ({
  consent: choice([]),
  previous: null,
  changed: { categories: [], services: [] },
  action,
  source: 'banner',
  remote: false,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('an on-demand integration', () => {
  it('is never loaded when the config does not name it, whatever the choices', async () => {
    const load = vi.fn(() => Promise.resolve({ records: integration }));
    const { onDemand } = await fresh(load);
    const onDemandRecords = onDemand('records', { isNamed, appliesChoices: true, isNeededAtStart: () => true });
    onDemandRecords.start!(NOT_NAMED);
    onDemandRecords.apply!(choice(['performance']), NOT_NAMED);
    onDemandRecords.chosen!(detail('accept-all'), NOT_NAMED);
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('loads on the first choice made, starts with the config, then gets the calls made meanwhile in order', async () => {
    const load = vi.fn(() => Promise.resolve({ records: integration }));
    const { onDemand } = await fresh(load);
    const onDemandRecords = onDemand('records', { isNamed });
    onDemandRecords.start!(NAMED);
    onDemandRecords.apply!(choice(['performance']), NAMED); // not appliesChoices: a choice in force loads nothing
    await settle();
    expect(load).not.toHaveBeenCalled();
    onDemandRecords.chosen!(detail('accept-all'), NAMED);
    onDemandRecords.chosen!(detail('reject-all'), NAMED);
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['start', 'chosen accept-all', 'chosen reject-all']);
  });

  it('with appliesChoices, a stored choice loads it, and "no choice" reaches it only once it is here', async () => {
    const load = vi.fn(() => Promise.resolve({ records: integration }));
    const { onDemand } = await fresh(load);
    const onDemandRecords = onDemand('records', { isNamed, appliesChoices: true });
    onDemandRecords.start!(NAMED);
    onDemandRecords.apply!(null, NAMED);
    await settle();
    expect(load).not.toHaveBeenCalled();
    onDemandRecords.apply!(choice(['social']), NAMED);
    onDemandRecords.apply!(null, NAMED);
    await settle();
    expect(seen).toEqual(['start', 'apply necessary+social', 'apply null']);
  });

  it('loads right after start when the rules say it is needed then (a record waiting to be resent)', async () => {
    const load = vi.fn(() => Promise.resolve({ records: integration }));
    const { onDemand } = await fresh(load);
    onDemand('records', { isNamed, isNeededAtStart: () => true }).start!(NAMED);
    await settle();
    expect(seen).toEqual(['start']);
    const { onDemand: again } = await fresh(load);
    again('records', { isNamed, isNeededAtStart: () => false }).start!(NAMED);
    await settle();
    expect(seen).toEqual([]);
  });

  it('drops the calls when its part fails to load, and the next call tries again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi.fn<() => Promise<unknown>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ records: integration });
    const { onDemand } = await fresh(load);
    const onDemandRecords = onDemand('records', { isNamed });
    onDemandRecords.start!(NAMED);
    onDemandRecords.chosen!(detail('accept-all'), NAMED);
    await settle();
    expect(seen).toEqual([]);
    onDemandRecords.chosen!(detail('custom'), NAMED);
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(seen).toEqual(['start', 'chosen custom']);
  });

  it('stop stops the loaded integration, and a later call loads a new one', async () => {
    const load = vi.fn(() => Promise.resolve({ records: integration }));
    const { onDemand } = await fresh(load);
    const onDemandRecords = onDemand('records', { isNamed });
    onDemandRecords.start!(NAMED);
    onDemandRecords.chosen!(detail('accept-all'), NAMED);
    await settle();
    onDemandRecords.stop!();
    await settle();
    expect(seen).toEqual(['start', 'chosen accept-all', 'stop']);
    onDemandRecords.chosen!(detail('reject-all'), NAMED);
    await settle();
    expect(seen.slice(3)).toEqual(['start', 'chosen reject-all']);
  });
});
