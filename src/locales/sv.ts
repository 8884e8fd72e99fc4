import type { Texts } from '../core/types';

/** Swedish texts, written for cookiegate. */
const sv: Texts = {
  banner: {
    title: 'Ditt val om cookies',
    description:
      '{controller} vill använda cookies och liknande teknik för statistik, för att komma ihåg dina inställningar, för annonser och för funktioner från sociala medier. De är frivilliga: webbplatsen fungerar utan dem. Du kan godkänna alla, avvisa alla eller välja per ändamål och ändra dig när som helst under ”Cookieinställningar”.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    manage: 'Hantera inställningar',
    close: 'Stäng och avvisa valfria cookies',
    policy: 'Integritetspolicy',
  },
  modal: {
    title: 'Cookieinställningar',
    description:
      'Välj vilka valfria cookies vi får använda. Nödvändiga cookies håller webbplatsen igång och är alltid på. Ditt val gäller tills du ändrar det här.',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Avvisa alla',
    save: 'Spara inställningar',
    close: 'Stäng utan att spara',
    alwaysOn: 'Alltid på',
    services: 'Tjänster',
    cookieName: 'Cookie',
    cookieProvider: 'Leverantör',
    cookiePurpose: 'Ändamål',
    cookieDuration: 'Lagringstid',
    provider: 'Leverantör',
    saved: 'Dina cookieinställningar har sparats.',
  },
  reopen: 'Cookieinställningar',
  placeholder: {
    title: 'Innehåll från {service}',
    text: 'Det här innehållet kommer från {service}, som kan sätta cookies ({category}). Det läses bara in med ditt tillstånd.',
    allow: 'Tillåt {service}',
    once: 'Läs in bara den här gången',
    preferences: 'Cookieinställningar',
  },
  gpc: 'Din webbläsare skickade en Global Privacy Control-signal, så kategorierna {categories} förblir avstängda om du inte själv slår på dem här.',
  notice: {
    title: 'Cookies på den här webbplatsen',
    optOut:
      '{controller} använder cookies och liknande teknik för statistik, för att komma ihåg dina inställningar, för annonser och för funktioner från sociala medier. Du kan när som helst välja bort vilka som helst av dem, även försäljning eller delning av dina personuppgifter, under ”Dina integritetsval”.',
    info: '{controller} använder cookies och liknande teknik för statistik, för att komma ihåg dina inställningar, för annonser och för funktioner från sociala medier. Du ser vilka under ”Cookieinställningar”.',
    dismiss: 'OK',
    choices: 'Dina integritetsval',
  },
  categories: {
    necessary: {
      title: 'Nödvändiga',
      description:
        'Behövs för att webbplatsen ska fungera, till exempel för att hålla dig inloggad, spara din varukorg eller komma ihåg det här valet. De kan inte stängas av.',
    },
    performance: {
      title: 'Prestanda',
      description:
        'Räknar besök och visar hur sidorna används, till exempel med Google Analytics, så att vi kan rätta fel och förbättra webbplatsen. Rapporterna är sammanställda.',
    },
    functionality: {
      title: 'Funktionalitet',
      description: 'Kommer ihåg inställningar du väljer, som land, språk eller sökfilter, så att webbplatsen tar hänsyn till dem vid ditt nästa besök.',
    },
    targeting: {
      title: 'Riktad reklam',
      description:
        'Sätts av annonsnätverk för att visa annonser efter dina intressen, begränsa hur ofta du ser en annons och mäta kampanjer, även på andra webbplatser.',
    },
    social: {
      title: 'Sociala medier',
      description:
        'Låter dig dela sidor och se eller läsa inbäddade inlägg och videor. De sociala nätverken sätter dem och hanterar uppgifterna enligt sina egna regler.',
    },
  },
};

export default sv;
