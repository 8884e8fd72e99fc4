/** `cookiegate/svelte`: what a root layout and its components call; the stores fit Svelte's `$store` contract. */
import { consent, granted, startCookiegate, type Readable, type StartOptions } from 'cookiegate/svelte';
import type { Consent } from 'cookiegate';

const config = { categories: { social: { services: { youtube: {} } } } };
startCookiegate(config, { consent: null, styles: false });
startCookiegate();
const options: StartOptions = { consent: null, nonce: 'abc' };
const choice: Readable<Consent | null> = consent();
const video: Readable<boolean> = granted('social', 'youtube');
const unsubscribe: () => void = video.subscribe((allowed: boolean) => allowed);
// @ts-expect-error a typo in the config is a compile error, as in init
startCookiegate({ categorys: {} });
// @ts-expect-error the server's snapshot is a Consent, not a cookie string
startCookiegate(config, { consent: '1~0~abc' });
// @ts-expect-error granted() is a store of a boolean
const wrong: Readable<string> = granted('social');

export { choice, options, unsubscribe, wrong };
