import type { Texts } from '../core/types';

/** Danish texts, written for cookiegate. */
const da: Texts = {
  banner: {
    title: 'Dit valg om cookies',
    description:
      '{controller} vil gerne bruge cookies og lignende teknologi til statistik, til at huske dine indstillinger, til annoncering og til funktioner fra sociale medier. De er valgfrie: siden virker uden dem. Du kan acceptere dem alle, afvise dem alle eller vælge efter formål og ændre mening når som helst under "Cookieindstillinger".',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    manage: 'Administrer indstillinger',
    close: 'Luk og afvis valgfrie cookies',
    policy: 'Privatlivspolitik',
  },
  modal: {
    title: 'Cookieindstillinger',
    description:
      'Vælg, hvilke valgfrie cookies vi må bruge. Strengt nødvendige cookies holder siden kørende og er altid slået til. Dit valg gælder, indtil du ændrer det her.',
    acceptAll: 'Accepter alle',
    rejectAll: 'Afvis alle',
    save: 'Gem indstillinger',
    close: 'Luk uden at gemme',
    alwaysOn: 'Altid slået til',
    services: 'Tjenester',
    cookieName: 'Cookie',
    cookieProvider: 'Udbyder',
    cookiePurpose: 'Formål',
    cookieDuration: 'Varighed',
    provider: 'Udbyder',
    saved: 'Dine cookieindstillinger er gemt.',
  },
  reopen: 'Cookieindstillinger',
  placeholder: {
    title: 'Indhold fra {service}',
    text: 'Dette indhold leveres af {service}, som kan sætte cookies ({category}). Det indlæses kun med din tilladelse.',
    allow: 'Tillad {service}',
    once: 'Indlæs kun denne gang',
    preferences: 'Cookieindstillinger',
  },
  gpc: 'Din browser sendte et Global Privacy Control-signal, så kategorierne {categories} forbliver slået fra, medmindre du selv slår dem til her.',
  notice: {
    title: 'Cookies på denne side',
    optOut:
      '{controller} bruger cookies og lignende teknologi til statistik, til at huske dine indstillinger, til annoncering og til funktioner fra sociale medier. Du kan til enhver tid fravælge dem, også salg eller deling af dine personoplysninger, under "Dine privatlivsvalg".',
    info: '{controller} bruger cookies og lignende teknologi til statistik, til at huske dine indstillinger, til annoncering og til funktioner fra sociale medier. Du kan se hvilke under "Cookieindstillinger".',
    dismiss: 'OK',
    choices: 'Dine privatlivsvalg',
  },
  categories: {
    necessary: {
      title: 'Strengt nødvendige',
      description: 'Nødvendige for at siden virker, for eksempel for at holde dig logget ind, gemme din kurv eller huske dette valg. De kan ikke slås fra.',
    },
    performance: {
      title: 'Statistik',
      description:
        'Tæller besøg og viser, hvordan siderne bruges, for eksempel med Google Analytics, så vi kan rette fejl og forbedre siden. Rapporterne er samlede.',
    },
    functionality: {
      title: 'Funktionalitet',
      description: 'Husker indstillinger, du vælger, såsom land, sprog eller søgefiltre, så siden tager hensyn til dem ved dit næste besøg.',
    },
    targeting: {
      title: 'Målretning og annoncering',
      description:
        'Sættes af annoncenetværk for at vise annoncer, der passer til dine interesser, begrænse hvor ofte du ser en annonce og måle kampagner, også på andre sider.',
    },
    social: {
      title: 'Sociale medier',
      description:
        'Lader dig dele sider og se eller læse indlejrede opslag og videoer. De sociale netværk sætter dem og behandler dataene efter deres egne regler.',
    },
  },
};

export default da;
