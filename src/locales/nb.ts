import type { Texts } from '../core/types';

/** Norwegian (Bokmål) texts, written for cookiegate. */
const nb: Texts = {
  banner: {
    title: 'Ditt valg om informasjonskapsler',
    description:
      '{controller} vil gjerne bruke informasjonskapsler og lignende teknologi til statistikk, til å huske innstillingene dine, til annonser og til funksjoner fra sosiale medier. De er valgfrie: nettstedet fungerer uten dem. Du kan godta alle, avvise alle eller velge per formål, og ombestemme deg når som helst under «Innstillinger for informasjonskapsler».',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    manage: 'Administrer innstillinger',
    close: 'Lukk og avvis valgfrie informasjonskapsler',
    policy: 'Personvernerklæring',
  },
  modal: {
    title: 'Innstillinger for informasjonskapsler',
    description:
      'Velg hvilke valgfrie informasjonskapsler vi kan bruke. Strengt nødvendige informasjonskapsler holder nettstedet i gang og er alltid på. Valget ditt gjelder til du endrer det her.',
    acceptAll: 'Godta alle',
    rejectAll: 'Avvis alle',
    save: 'Lagre innstillinger',
    close: 'Lukk uten å lagre',
    alwaysOn: 'Alltid på',
    services: 'Tjenester',
    cookieName: 'Informasjonskapsel',
    cookieProvider: 'Leverandør',
    cookiePurpose: 'Formål',
    cookieDuration: 'Varighet',
    provider: 'Leverandør',
    saved: 'Innstillingene dine for informasjonskapsler er lagret.',
  },
  reopen: 'Innstillinger for informasjonskapsler',
  placeholder: {
    title: 'Innhold fra {service}',
    text: 'Dette innholdet leveres av {service}, som kan lagre informasjonskapsler ({category}). Det lastes bare inn med din tillatelse.',
    allow: 'Tillat {service}',
    once: 'Last inn bare denne gangen',
    preferences: 'Innstillinger for informasjonskapsler',
  },
  gpc: 'Nettleseren din sendte et Global Privacy Control-signal, så kategoriene {categories} forblir av med mindre du slår dem på her selv.',
  notice: {
    title: 'Informasjonskapsler på dette nettstedet',
    optOut:
      '{controller} bruker informasjonskapsler og lignende teknologi til statistikk, til å huske innstillingene dine, til annonser og til funksjoner fra sosiale medier. Du kan når som helst reservere deg mot hvilke som helst av dem, også salg eller deling av personopplysningene dine, under «Dine personvernvalg».',
    info: '{controller} bruker informasjonskapsler og lignende teknologi til statistikk, til å huske innstillingene dine, til annonser og til funksjoner fra sosiale medier. Du ser hvilke under «Innstillinger for informasjonskapsler».',
    dismiss: 'OK',
    choices: 'Dine personvernvalg',
  },
  categories: {
    necessary: {
      title: 'Strengt nødvendige',
      description:
        'Trengs for at nettstedet skal fungere, for eksempel for å holde deg innlogget, ta vare på handlekurven eller huske dette valget. De kan ikke slås av.',
    },
    performance: {
      title: 'Ytelse',
      description:
        'Teller besøk og viser hvordan sidene brukes, for eksempel med Google Analytics, slik at vi kan rette feil og forbedre nettstedet. Rapportene er samlet.',
    },
    functionality: {
      title: 'Funksjonalitet',
      description: 'Husker innstillinger du velger, som land, språk eller søkefiltre, slik at nettstedet tar hensyn til dem ved ditt neste besøk.',
    },
    targeting: {
      title: 'Målretting og annonser',
      description:
        'Lagres av annonsenettverk for å vise annonser etter interessene dine, begrense hvor ofte du ser samme annonse og måle kampanjer, også på andre nettsteder.',
    },
    social: {
      title: 'Sosiale medier',
      description:
        'Lar deg dele sider og se eller lese innebygde innlegg og videoer. De sosiale nettverkene lagrer dem og behandler dataene etter egne regler.',
    },
  },
};

export default nb;
