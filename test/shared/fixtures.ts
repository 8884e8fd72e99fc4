/**
 * Test fixtures shared by unit and browser tests: the configs the tests use, each written once. A stored choice is
 * built by `choice()` (test/shared/consent.ts).
 *
 * - {@link BASE_CONFIG}: a controller and nothing else (integration tests add their own key);
 * - {@link TEST_CONFIG}: the core page's config, two performance services with declared cookies;
 * - {@link UI_CONFIG} and {@link ARABIC_CONFIG}: what the banner and dialog show, in English and right to left;
 * - {@link testConfig}: the validated config the unit UI tests mount, with services in two categories;
 * - {@link US_STATES}: a regions map.
 */
import { DEFAULT_CONFIG } from '../../src/core/engine/defaults';
import type { Config, Regime } from '../../src/core/types';

/** A site config with a controller and its policy, and nothing else. */
export const BASE_CONFIG = { revision: 1, controller: { name: 'Test Ltd', policyUrl: '/privacy' } };

/** The config most core tests use: the defaults plus two performance services with declared cookies. */
export const TEST_CONFIG = {
  ...BASE_CONFIG,
  categories: {
    performance: {
      services: {
        ga: { label: 'Google Analytics', provider: 'Google', cookies: ['_ga', '/^_ga_/'] },
        hj: { label: 'Hotjar', provider: 'Hotjar', cookies: ['/^_hjSession_/'] },
      },
    },
  },
};

/** Google Analytics' cookies as a site declares them, with their lifetimes. */
const GA_COOKIES = [
  { name: '_ga', duration: '2 years' },
  { name: '/^_ga_/', duration: '2 years' },
];

/** YouTube's cookie as a site declares it. */
const YOUTUBE_COOKIES = [{ name: 'VISITOR_INFO1_LIVE', duration: '6 months' }];

/** Services with providers, purposes and cookie durations, so the dialog's panels and tables have content. */
export const UI_CONFIG = {
  revision: 1,
  controller: { name: 'Example Shop Ltd', policyUrl: '/privacy' },
  categories: {
    performance: {
      services: {
        ga: {
          label: 'Google Analytics',
          provider: 'Google',
          purpose: 'Counts visits and page views.',
          cookies: GA_COOKIES,
        },
      },
    },
    social: {
      services: {
        yt: { label: 'YouTube', provider: 'Google', purpose: 'Plays embedded videos.', cookies: YOUTUBE_COOKIES },
      },
    },
  },
};

/** Arabic texts for every string of the banner, the dialog and the re-open control. */
export const ARABIC = {
  banner: {
    title: 'اختيارك بشأن ملفات تعريف الارتباط',
    description:
      'ترغب {controller} في استخدام ملفات تعريف الارتباط وتقنيات مشابهة للإحصاءات ولتذكر إعداداتك وللإعلانات ولميزات الشبكات الاجتماعية. هذه الملفات اختيارية: يعمل الموقع من دونها. يمكنك قبولها كلها أو رفضها كلها أو الاختيار حسب الغرض، وتغيير رأيك في أي وقت من "تفضيلات ملفات تعريف الارتباط".',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    manage: 'إدارة التفضيلات',
    close: 'إغلاق ورفض الملفات الاختيارية',
    policy: 'سياسة الخصوصية',
  },
  modal: {
    title: 'تفضيلات ملفات تعريف الارتباط',
    description: 'اختر ملفات تعريف الارتباط الاختيارية التي نستخدمها. الملفات الضرورية تبقي الموقع يعمل وهي مفعلة دائمًا. يسري اختيارك حتى تغيره هنا.',
    acceptAll: 'قبول الكل',
    rejectAll: 'رفض الكل',
    save: 'حفظ التفضيلات',
    close: 'إغلاق دون حفظ',
    alwaysOn: 'مفعلة دائمًا',
    services: 'الخدمات',
    cookieName: 'الملف',
    cookieProvider: 'المزود',
    cookiePurpose: 'الغرض',
    cookieDuration: 'المدة',
    provider: 'المزود',
    saved: 'تم حفظ تفضيلاتك.',
  },
  reopen: 'تفضيلات ملفات تعريف الارتباط',
  categories: {
    necessary: { title: 'ضرورية', description: 'لازمة لعمل الموقع، مثل تذكر هذا الاختيار. لا يمكن إيقافها.' },
    performance: { title: 'الأداء', description: 'تحصي الزيارات وتبين كيف تستخدم الصفحات لنحسن الموقع.' },
    functionality: { title: 'الوظائف', description: 'تتذكر إعداداتك مثل البلد واللغة.' },
    targeting: { title: 'الإعلانات', description: 'تعرض إعلانات تناسب اهتماماتك وتقيس الحملات، أيضًا على مواقع أخرى.' },
    social: { title: 'الشبكات الاجتماعية', description: 'تتيح مشاركة الصفحات ومشاهدة المنشورات والفيديوهات المضمنة.' },
  },
};

/** {@link UI_CONFIG} shown in Arabic. */
export const ARABIC_CONFIG = { ...UI_CONFIG, language: 'ar', translations: { ar: ARABIC } };

/** The default config with services: two in performance, one in social (with cookies for the table). */
export function testConfig(change: (config: Config) => void = () => {}): Config {
  const config: Config = structuredClone({ ...DEFAULT_CONFIG, controller: { name: 'Example Ltd', policyUrl: '/privacy' } });
  const perf = config.categories.find((c) => c.id === 'performance')!;
  perf.services = [
    {
      id: 'ga',
      category: 'performance',
      label: 'Google Analytics',
      provider: 'Google',
      purpose: 'Visit statistics',
      policyUrl: 'https://policies.google.test/privacy',
      cookies: structuredClone(GA_COOKIES),
    },
    { id: 'hotjar', category: 'performance', label: 'Hotjar', cookies: [] },
  ];
  config.categories.find((c) => c.id === 'social')!.services = [
    { id: 'youtube', category: 'social', label: 'YouTube', provider: 'Google', cookies: structuredClone(YOUTUBE_COOKIES) },
  ];
  change(config);
  return config;
}

/** A regions map for the United States: opt-out in the country and California, notice in Texas, opt-in elsewhere. */
export const US_STATES: Record<string, Regime> = { US: 'opt-out', 'US-CA': 'opt-out', 'US-TX': 'notice', default: 'opt-in' };
