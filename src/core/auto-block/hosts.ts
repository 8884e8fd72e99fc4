import catalogue from '../../catalogue/services.json';
import type { HostRule } from '../types';

/**
 * The hosts of every catalogue entry, by id: what auto-blocking needs at once, before a config or an entry has
 * arrived. The build keeps only these from the data, already in this shape (`catalogueHosts` in rollup.config.mjs);
 * only the auto-block builds carry them. No prototype: a site's service named `constructor` is no catalogue id.
 */
export const CATALOGUE_HOSTS: Record<string, { hosts: HostRule[] } | undefined> = Object.assign(Object.create(null), catalogue.services);
