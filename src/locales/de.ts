import type { Texts } from '../core/types';

/** German texts, written for cookiegate. */
const de: Texts = {
  banner: {
    title: 'Ihre Entscheidung zu Cookies',
    description:
      '{controller} möchte Cookies und ähnliche Techniken für Statistiken, zum Speichern Ihrer Einstellungen, für Werbung und für Funktionen sozialer Medien einsetzen. Sie sind freiwillig: Die Website funktioniert auch ohne sie. Sie können alle akzeptieren, alle ablehnen oder je Zweck wählen und Ihre Entscheidung jederzeit unter „Cookie-Einstellungen“ ändern.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    manage: 'Einstellungen verwalten',
    close: 'Schließen und optionale Cookies ablehnen',
    policy: 'Datenschutzerklärung',
  },
  modal: {
    title: 'Cookie-Einstellungen',
    description:
      'Wählen Sie, welche optionalen Cookies wir verwenden dürfen. Unbedingt erforderliche Cookies halten die Website am Laufen und sind immer aktiv. Ihre Auswahl gilt, bis Sie sie hier ändern.',
    acceptAll: 'Alle akzeptieren',
    rejectAll: 'Alle ablehnen',
    save: 'Einstellungen speichern',
    close: 'Schließen, ohne zu speichern',
    alwaysOn: 'Immer aktiv',
    services: 'Dienste',
    cookieName: 'Cookie',
    cookieProvider: 'Anbieter',
    cookiePurpose: 'Zweck',
    cookieDuration: 'Speicherdauer',
    provider: 'Anbieter',
    saved: 'Ihre Cookie-Einstellungen sind gespeichert.',
  },
  reopen: 'Cookie-Einstellungen',
  placeholder: {
    title: 'Inhalt von {service}',
    text: 'Dieser Inhalt wird von {service} bereitgestellt, das Cookies setzen kann ({category}). Er wird erst mit Ihrer Erlaubnis geladen.',
    allow: '{service} erlauben',
    once: 'Nur dieses Mal laden',
    preferences: 'Cookie-Einstellungen',
  },
  gpc: 'Ihr Browser sendet ein Global-Privacy-Control-Signal. Deshalb bleiben {categories} aus, solange Sie sie hier nicht selbst einschalten.',
  notice: {
    title: 'Cookies auf dieser Website',
    optOut:
      '{controller} verwendet Cookies und ähnliche Techniken für Statistiken, um Ihre Einstellungen zu speichern, für Werbung und für Funktionen sozialer Medien. Sie können dem jederzeit unter „Ihre Datenschutzoptionen“ widersprechen, auch dem Verkauf oder der Weitergabe Ihrer personenbezogenen Daten.',
    info: '{controller} verwendet Cookies und ähnliche Techniken für Statistiken, um Ihre Einstellungen zu speichern, für Werbung und für Funktionen sozialer Medien. Welche das sind, sehen Sie unter „Cookie-Einstellungen“.',
    dismiss: 'OK',
    choices: 'Ihre Datenschutzoptionen',
  },
  categories: {
    necessary: {
      title: 'Unbedingt erforderlich',
      description:
        'Nötig, damit die Website funktioniert, etwa um Sie angemeldet zu halten, Ihren Warenkorb zu behalten oder diese Entscheidung zu speichern. Sie lassen sich nicht abschalten.',
    },
    performance: {
      title: 'Statistik',
      description:
        'Zählen Besuche und zeigen, wie Seiten genutzt werden, zum Beispiel mit Google Analytics, damit wir Fehler beheben und die Website verbessern können. Ausgewertet wird zusammengefasst.',
    },
    functionality: {
      title: 'Funktionalität',
      description:
        'Merken sich Einstellungen, die Sie wählen, etwa Land, Sprache oder Suchfilter, damit die Website sie bei Ihrem nächsten Besuch berücksichtigt.',
    },
    targeting: {
      title: 'Werbung und Targeting',
      description:
        'Werden von Werbenetzwerken gesetzt, um Anzeigen passend zu Ihren Interessen zu zeigen, zu begrenzen, wie oft Sie dieselbe Anzeige sehen, und Kampagnen zu messen, auch auf anderen Websites.',
    },
    social: {
      title: 'Soziale Medien',
      description:
        'Ermöglichen das Teilen von Seiten und das Ansehen eingebetteter Beiträge und Videos. Die sozialen Netzwerke setzen diese Cookies und verarbeiten die Daten nach ihren eigenen Regeln.',
    },
  },
};

export default de;
