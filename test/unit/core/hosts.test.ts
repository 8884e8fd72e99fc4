// @vitest-environment node
/**
 * The catalogue's hosts as auto-blocking gets them before any config (src/core/auto-block/hosts.ts): every entry,
 * by id, with its host rules, and no id found on Object.prototype.
 */
import { describe, expect, it } from 'vitest';
import catalogue from '../../../src/catalogue/services.json';
import { CATALOGUE_HOSTS } from '../../../src/core/auto-block/hosts';

describe('CATALOGUE_HOSTS', () => {
  it('has every catalogue entry by id, each with its host rules', () => {
    expect(Object.keys(CATALOGUE_HOSTS).sort()).toEqual(Object.keys(catalogue.services).sort());
    for (const [id, entry] of Object.entries(catalogue.services)) expect(CATALOGUE_HOSTS[id]!.hosts, id).toEqual(entry.hosts);
    expect(CATALOGUE_HOSTS['google-analytics']!.hosts).toContainEqual(expect.objectContaining({ host: 'www.google-analytics.com' }));
  });

  it('answers nothing for a name that is no catalogue id, Object.prototype members included', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'our-own-analytics']) expect(CATALOGUE_HOSTS[name], name).toBeUndefined();
  });
});
