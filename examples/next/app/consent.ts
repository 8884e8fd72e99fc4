import { headers } from 'next/headers';
import { readConsent } from 'cookiegate/server';
import config from '../cookiegate.json';

/**
 * The visitor's choice for this request, read from its `Cookie` header with the checks the browser runs (a forged or
 * outdated cookie counts as no choice), and the `Sec-GPC` header the browser would honour too. Reading headers makes
 * the route dynamic: it is rendered per request, as anything per visitor must be.
 */
export async function requestConsent() {
  const request = await headers();
  return readConsent(config, request.get('cookie'), { gpc: request.get('sec-gpc') === '1' });
}
