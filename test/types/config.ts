/** `UserConfig`: what a site owner writes. Each `@ts-expect-error` must stay an error, or tsc fails. */
import { init, type UserConfig, type Config } from 'cookiegate';

// A service may be an empty object.
const config: Config = init({ categories: { performance: { services: { ga: {} } } } });
const label: string = config.categories[0]!.services[0]!.label;

init();
init({
  $schema: 'https://unpkg.com/cookiegate/dist/cookiegate.schema.json',
  revision: 2,
  controller: { name: 'Example Ltd', policyUrl: '/privacy' },
  categories: {
    performance: { services: { ga: { label: 'Google Analytics', provider: 'Google', cookies: ['_ga', '/^_ga_/', { name: '_gid', duration: '1 day' }] } } },
    targeting: { saleOrShare: true },
    social: false,
    newsletter: { title: 'Newsletter' },
  },
  googleConsentMode: { mode: 'basic', mapping: { performance: ['analytics_storage'] }, region: ['ES'] },
  gpc: true,
  records: { endpoint: '/consent-records' },
  cookie: { name: 'cookiegate', domain: 'example.com', expiresDays: 182 },
  language: 'auto',
  translations: { nl: { banner: { title: 'Cookies' }, categories: { performance: { title: 'Prestaties' } } } },
  ui: { layout: 'bar', reopen: false },
  vendors: { meta: 'targeting', clarity: { analytics: 'performance' } },
  callbacks: [{ category: 'performance', global: 'dataLayer', grant: [{ event: 'analytics_on' }] }],
} satisfies UserConfig);
init({ googleConsentMode: true });

// An inline config is checked against UserConfig: a typo is a compile error.
// @ts-expect-error misspelt key
init({ revison: 1 });
// Fetched JSON is `any`, so it still fits; cookiegate validates it at run time.
init(JSON.parse('{"revision": 2}'));

// @ts-expect-error revision is a number
export const badRevision: UserConfig = { revision: '2' };
// @ts-expect-error a category is an object or false
export const trueCategory: UserConfig = { categories: { social: true } };
// @ts-expect-error unknown layout
export const badLayout: UserConfig = { ui: { layout: 'sidebar' } };
// @ts-expect-error reopen is false or a corner, never true
export const badReopen: UserConfig = { ui: { reopen: true } };
// @ts-expect-error not one of the seven Google consent types
export const badType: UserConfig = { googleConsentMode: { mapping: { performance: ['analytics'] } } };
// @ts-expect-error records need an endpoint
export const noEndpoint: UserConfig = { records: {} };
// @ts-expect-error misspelt text key
export const badText: UserConfig = { translations: { nl: { banner: { titel: 'Cookies' } } } };
// @ts-expect-error misspelt service field
export const badService: UserConfig = { categories: { performance: { services: { ga: { lable: 'GA' } } } } };

export { label };

// Regions: region codes and `default` to one of four regimes; the visitor's region is an init option.
init({ regions: { US: 'opt-out', 'US-CA': 'opt-out', default: 'opt-in' } }, { region: 'US-CA' });
// @ts-expect-error not a regime
init({ regions: { US: 'optout' } });
