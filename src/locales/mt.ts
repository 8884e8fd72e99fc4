import type { Texts } from '../core/types';

/** Maltese texts, written for cookiegate. */
const mt: Texts = {
  banner: {
    title: 'L-għażla tiegħek dwar il-cookies',
    description:
      '{controller} jixtieq juża cookies u teknoloġija simili għall-istatistika, biex jiftakar is-settings tiegħek, għar-reklami u għall-funzjonijiet tal-midja soċjali. Huma fakultattivi: is-sit jaħdem mingħajrhom. Tista’ taċċettahom kollha, tirrifjutahom kollha jew tagħżel skont l-iskop, u tbiddel fehmtek meta trid taħt “Preferenzi tal-cookies”.',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    manage: 'Immaniġġja l-preferenzi',
    close: 'Agħlaq u irrifjuta l-cookies fakultattivi',
    policy: 'Politika tal-privatezza',
  },
  modal: {
    title: 'Preferenzi tal-cookies',
    description:
      'Agħżel liema cookies fakultattivi nistgħu nużaw. Il-cookies strettament meħtieġa jżommu s-sit jaħdem u huma dejjem attivi. L-għażla tiegħek tgħodd sakemm tbiddilha hawn.',
    acceptAll: 'Aċċetta kollox',
    rejectAll: 'Irrifjuta kollox',
    save: 'Issejvja l-preferenzi',
    close: 'Agħlaq mingħajr ma tissejvja',
    alwaysOn: 'Dejjem attivi',
    services: 'Servizzi',
    cookieName: 'Cookie',
    cookieProvider: 'Fornitur',
    cookiePurpose: 'Skop',
    cookieDuration: 'Tul ta’ żmien',
    provider: 'Fornitur',
    saved: 'Il-preferenzi tiegħek tal-cookies ġew issejvjati.',
  },
  reopen: 'Preferenzi tal-cookies',
  placeholder: {
    title: 'Kontenut minn {service}',
    text: 'Dan il-kontenut huwa ospitat minn {service}, li jista’ jpoġġi cookies ({category}). Jitgħabba biss bil-permess tiegħek.',
    allow: 'Ippermetti {service}',
    once: 'Għabbi din id-darba biss',
    preferences: 'Preferenzi tal-cookies',
  },
  gpc: 'Il-browser tiegħek bagħat sinjal Global Privacy Control, għalhekk il-kategoriji {categories} jibqgħu mitfija sakemm ma tixgħelhomx int hawn.',
  notice: {
    title: 'Cookies fuq dan is-sit',
    optOut:
      '{controller} juża cookies u teknoloġija simili għall-istatistika, biex jiftakar is-settings tiegħek, għar-reklami u għall-funzjonijiet tal-midja soċjali. Tista’ tagħżel li toħroġ minn kwalunkwe wieħed minnhom meta trid, inkluż il-bejgħ jew il-qsim tad-data personali tiegħek, taħt “L-għażliet tiegħek tal-privatezza”.',
    info: '{controller} juża cookies u teknoloġija simili għall-istatistika, biex jiftakar is-settings tiegħek, għar-reklami u għall-funzjonijiet tal-midja soċjali. Tista’ tara liema taħt “Preferenzi tal-cookies”.',
    dismiss: 'OK',
    choices: 'L-għażliet tiegħek tal-privatezza',
  },
  categories: {
    necessary: {
      title: 'Strettament meħtieġa',
      description:
        'Meħtieġa biex is-sit jaħdem, pereżempju biex tibqa’ illoggjat, biex jinżamm il-basket jew biex tinftakar din l-għażla. Ma jistgħux jintfew.',
    },
    performance: {
      title: 'Prestazzjoni',
      description:
        'Jgħoddu ż-żjarat u juru kif jintużaw il-paġni, pereżempju b’Google Analytics, biex nirranġaw il-problemi u ntejbu s-sit. Ir-rapporti huma aggregati.',
    },
    functionality: {
      title: 'Funzjonalità',
      description: 'Jiftakru s-settings li tagħżel, bħall-pajjiż, il-lingwa jew il-filtri tat-tfittxija, biex is-sit iqishom fiż-żjara li jmiss.',
    },
    targeting: {
      title: 'Immirar u reklamar',
      description:
        'Jitpoġġew minn netwerks tar-reklami biex juru reklami skont l-interessi tiegħek, jillimitaw kemm-il darba tara l-istess reklam u jkejlu l-kampanji, anke fuq siti oħra.',
    },
    social: {
      title: 'Midja soċjali',
      description:
        'Iħalluk taqsam paġni u tara jew taqra postijiet u vidjows inkorporati. In-netwerks soċjali jpoġġuhom u jittrattaw id-data skont ir-regoli tagħhom.',
    },
  },
};

export default mt;
