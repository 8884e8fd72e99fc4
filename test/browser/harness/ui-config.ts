/**
 * Configs the UI tests load: a site with a controller, a policy and services whose cookies fill the tables, and an
 * Arabic translation (right to left) written for these tests, which replaces the shipped Arabic texts.
 */

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
          cookies: [
            { name: '_ga', duration: '2 years' },
            { name: '/^_ga_/', duration: '2 years' },
          ],
        },
      },
    },
    social: {
      services: {
        yt: { label: 'YouTube', provider: 'Google', purpose: 'Plays embedded videos.', cookies: [{ name: 'VISITOR_INFO1_LIVE', duration: '6 months' }] },
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
