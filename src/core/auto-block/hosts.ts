import catalogue from '../../catalogue/services.json';
import type { HostRule } from '../types';

/**
 * The hosts of every catalogue entry, by id: what auto-blocking needs at once, before a config or an entry has
 * arrived. The build keeps only these from the data (`catalogueHosts` in rollup.config.mjs); only the auto-block build
 * carries them.
 */
export const CATALOGUE_HOSTS: Record<string, HostRule[]> = Object.assign(
  Object.create(null),
  Object.fromEntries(
    Object.entries(catalogue.services).map(([id, s]) => [id, s.hosts.map((h) => ('path' in h ? { host: h.host, path: h.path } : { host: h.host }))]),
  ),
);
