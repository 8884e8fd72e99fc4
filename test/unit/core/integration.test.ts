// @vitest-environment happy-dom
/**
 * The engine's phases for integrations (src/core/engine/integration.ts): `start` once and in order, `apply` for the
 * choice in force and every later one before what comes after it (activation), `chosen` for each choice made.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emit } from '../../../src/core/engine/events';
import { followChoices, startIntegrations, type Integration } from '../../../src/core/engine/integration';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { $consent } from '../../../src/core/engine/stores';
import type { ChoiceDetail, Consent } from '../../../src/core/types';
import { choice } from '../../shared/consent';

const config = DEFAULT_CONFIG;
let log: string[] = [];
const named = (name: string): Integration => ({
  start: (c) => void log.push(name + ' start ' + (c === config)),
  apply: (consent) => void log.push(name + ' apply ' + (consent?.categories.join('+') ?? 'null')),
  chosen: (detail) => void log.push(name + ' chosen ' + detail.action),
  stop: () => void log.push(name + ' stop'),
});
const detail = (consent: Consent, action: ChoiceDetail['action']): ChoiceDetail => ({
  consent,
  previous: null,
  changed: { categories: [], services: [] },
  action,
  source: 'api',
  remote: false,
});

afterEach(() => {
  log = [];
  $consent.set(null);
});

describe('startIntegrations (phases 1 and 3)', () => {
  it('starts each integration in order with the config, then passes each consent and change event to chosen', () => {
    const stop = startIntegrations(config, [named('a'), named('b')]);
    expect(log).toEqual(['a start true', 'b start true']);
    log = [];
    emit('consent', detail(choice(['performance']), 'accept-all'));
    emit('change', detail(choice([]), 'reject-all'));
    expect(log).toEqual(['a chosen accept-all', 'b chosen accept-all', 'a chosen reject-all', 'b chosen reject-all']);
    log = [];
    stop();
    emit('change', detail(choice([]), 'custom'));
    expect(log).toEqual(['a stop', 'b stop']);
  });

  it('takes integrations that implement only some phases', () => {
    const stop = startIntegrations(config, [{}, { chosen: (d) => void log.push('only chosen ' + d.action) }]);
    emit('consent', detail(choice([]), 'custom'));
    stop();
    expect(log).toEqual(['only chosen custom']);
  });
});

describe('followChoices (phase 2)', () => {
  it('runs every apply, in order, then the steps after it: for the choice in force now and each later one', () => {
    $consent.set(choice(['social']));
    const stop = followChoices(config, [named('a'), named('b')], [(consent) => void log.push('activate ' + (consent ? 'choice' : 'none'))]);
    expect(log).toEqual(['a apply necessary+social', 'b apply necessary+social', 'activate choice']);
    log = [];
    $consent.set(null);
    expect(log).toEqual(['a apply null', 'b apply null', 'activate none']);
    log = [];
    stop();
    $consent.set(choice([]));
    expect(log).toEqual([]);
  });
});
