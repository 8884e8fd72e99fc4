import type { Texts } from '../core/types';

/** Estonian texts, written for cookiegate. */
const et: Texts = {
  banner: {
    title: 'Teie valik küpsiste kohta',
    description:
      '{controller} soovib kasutada küpsiseid ja sarnaseid tehnoloogiaid statistikaks, teie seadete meelespidamiseks, reklaamiks ja sotsiaalmeedia funktsioonideks. Need on vabatahtlikud: sait töötab ka ilma nendeta. Võite kõik vastu võtta, kõik tagasi lükata või valida eesmärgi kaupa ning meelt igal ajal muuta jaotises „Küpsiste seaded“.',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    manage: 'Halda seadeid',
    close: 'Sulge ja keeldu valikulistest küpsistest',
    policy: 'Privaatsuspoliitika',
  },
  modal: {
    title: 'Küpsiste seaded',
    description:
      'Valige, milliseid valikulisi küpsiseid tohime kasutada. Hädavajalikud küpsised hoiavad saidi töös ja on alati sees. Teie valik kehtib, kuni selle siin muudate.',
    acceptAll: 'Nõustu kõigiga',
    rejectAll: 'Keeldu kõigist',
    save: 'Salvesta seaded',
    close: 'Sulge salvestamata',
    alwaysOn: 'Alati sees',
    services: 'Teenused',
    cookieName: 'Küpsis',
    cookieProvider: 'Pakkuja',
    cookiePurpose: 'Eesmärk',
    cookieDuration: 'Kestus',
    provider: 'Pakkuja',
    saved: 'Teie küpsiste seaded on salvestatud.',
  },
  reopen: 'Küpsiste seaded',
  placeholder: {
    title: 'Sisu teenusest {service}',
    text: 'Seda sisu majutab {service}, mis võib seada küpsiseid ({category}). See laaditakse ainult teie loal.',
    allow: 'Luba {service}',
    once: 'Laadi ainult seekord',
    preferences: 'Küpsiste seaded',
  },
  gpc: 'Teie brauser saatis Global Privacy Controli signaali, seega jäävad kategooriad {categories} välja, kui te neid siin ise sisse ei lülita.',
  notice: {
    title: 'Küpsised sellel saidil',
    optOut:
      '{controller} kasutab küpsiseid ja sarnaseid tehnoloogiaid statistikaks, teie seadete meelespidamiseks, reklaamiks ja sotsiaalmeedia funktsioonideks. Võite igal ajal ükskõik millisest neist loobuda, ka oma isikuandmete müügist või jagamisest, jaotises „Teie privaatsusvalikud“.',
    info: '{controller} kasutab küpsiseid ja sarnaseid tehnoloogiaid statistikaks, teie seadete meelespidamiseks, reklaamiks ja sotsiaalmeedia funktsioonideks. Milliseid, näete jaotises „Küpsiste seaded“.',
    dismiss: 'OK',
    choices: 'Teie privaatsusvalikud',
  },
  categories: {
    necessary: {
      title: 'Hädavajalikud',
      description: 'Vajalikud saidi toimimiseks, näiteks et jääksite sisselogituks, ostukorv säiliks või see valik jääks meelde. Neid ei saa välja lülitada.',
    },
    performance: {
      title: 'Jõudlus',
      description:
        'Loendavad külastusi ja näitavad, kuidas lehti kasutatakse, näiteks Google Analyticsiga, et saaksime vigu parandada ja saiti täiustada. Aruanded on koondatud.',
    },
    functionality: {
      title: 'Funktsionaalsus',
      description: 'Jätavad meelde teie valitud seaded, nagu riik, keel või otsingufiltrid, et sait arvestaks neid teie järgmisel külastusel.',
    },
    targeting: {
      title: 'Sihtimine ja reklaam',
      description:
        'Neid seavad reklaamivõrgustikud, et näidata teie huvidele vastavaid reklaame, piirata sama reklaami kordumist ja mõõta kampaaniaid, ka teistel saitidel.',
    },
    social: {
      title: 'Sotsiaalmeedia',
      description:
        'Võimaldavad lehti jagada ning vaadata või lugeda manustatud postitusi ja videoid. Neid seavad sotsiaalvõrgustikud, kes käsitlevad andmeid oma reeglite järgi.',
    },
  },
};

export default et;
