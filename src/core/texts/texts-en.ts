import type { Texts } from '../types';

/**
 * Built-in English texts, written for cookiegate. Other languages live in `src/locales/`.
 * @example TEXTS_EN.banner.acceptAll // 'Accept all'
 */
export const TEXTS_EN: Texts = {
  banner: {
    title: 'Your choice about cookies',
    description:
      '{controller} would like to use cookies and similar technology for statistics, to remember your settings, for advertising and for social media features. These are optional: the site works without them. You can accept them all, reject them all or pick per purpose, and change your mind any time under "Cookie preferences".',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    manage: 'Manage preferences',
    close: 'Close and reject optional cookies',
    policy: 'Privacy policy',
  },
  modal: {
    title: 'Cookie preferences',
    description:
      'Choose which optional cookies we may use. Strictly necessary cookies keep the site working and are always on. Your choice applies until you change it here.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    save: 'Save preferences',
    close: 'Close without saving',
    alwaysOn: 'Always on',
    services: 'Services',
    cookieName: 'Cookie',
    cookieProvider: 'Provider',
    cookiePurpose: 'Purpose',
    cookieDuration: 'Duration',
    provider: 'Provider',
    saved: 'Your cookie preferences are saved.',
  },
  reopen: 'Cookie preferences',
  placeholder: {
    title: 'Content from {service}',
    text: 'This content is hosted by {service}, which may set cookies ({category}). It loads only with your permission.',
    allow: 'Allow {service}',
    once: 'Load only this time',
    preferences: 'Cookie preferences',
  },
  gpc: 'Your browser sent a Global Privacy Control signal, so {categories} stay off unless you switch them on here yourself.',
  notice: {
    title: 'Cookies on this site',
    optOut:
      '{controller} uses cookies and similar technology for statistics, to remember your settings, for advertising and for social media features. You can opt out of any of them, including the sale or sharing of your personal information, at any time under "Your Privacy Choices".',
    info: '{controller} uses cookies and similar technology for statistics, to remember your settings, for advertising and for social media features. You can see which under "Cookie preferences".',
    dismiss: 'OK',
    choices: 'Your Privacy Choices',
  },
  categories: {
    necessary: {
      title: 'Strictly necessary',
      description: 'Needed for the site to work, for example to keep you signed in, hold your basket or remember this choice. They cannot be switched off.',
    },
    performance: {
      title: 'Performance',
      description:
        'Count visits and see how pages are used, such as with Google Analytics, so we can fix problems and improve the site. Reports are in aggregate.',
    },
    functionality: {
      title: 'Functionality',
      description: 'Remember settings you pick, such as your country, language or search filters, so the site fits them on your next visit.',
    },
    targeting: {
      title: 'Targeting and advertising',
      description:
        'Set by advertising networks to show ads that match your interests, limit how often you see an ad and measure campaigns, also on other sites.',
    },
    social: {
      title: 'Social media',
      description:
        'Let you share pages and watch or read embedded posts and videos. The social networks set these and handle the data under their own policies.',
    },
  },
};
