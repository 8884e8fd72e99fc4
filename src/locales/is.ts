import type { Texts } from '../core/types';

/** Icelandic texts, written for cookiegate. */
const is: Texts = {
  banner: {
    title: 'Þitt val um vafrakökur',
    description:
      '{controller} vill nota vafrakökur og sambærilega tækni fyrir tölfræði, til að muna stillingarnar þínar, fyrir auglýsingar og fyrir eiginleika samfélagsmiðla. Þær eru valfrjálsar: vefurinn virkar án þeirra. Þú getur samþykkt allar, hafnað öllum eða valið eftir tilgangi og skipt um skoðun hvenær sem er undir „Kökustillingar“.',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    manage: 'Stjórna stillingum',
    close: 'Loka og hafna valfrjálsum vafrakökum',
    policy: 'Persónuverndarstefna',
  },
  modal: {
    title: 'Kökustillingar',
    description:
      'Veldu hvaða valfrjálsu vafrakökur við megum nota. Nauðsynlegar vafrakökur halda vefnum gangandi og eru alltaf virkar. Valið þitt gildir þar til þú breytir því hér.',
    acceptAll: 'Samþykkja allar',
    rejectAll: 'Hafna öllum',
    save: 'Vista stillingar',
    close: 'Loka án þess að vista',
    alwaysOn: 'Alltaf virkar',
    services: 'Þjónustur',
    cookieName: 'Vafrakaka',
    cookieProvider: 'Veitandi',
    cookiePurpose: 'Tilgangur',
    cookieDuration: 'Gildistími',
    provider: 'Veitandi',
    saved: 'Kökustillingarnar þínar hafa verið vistaðar.',
  },
  reopen: 'Kökustillingar',
  placeholder: {
    title: 'Efni frá {service}',
    text: 'Þetta efni er hýst hjá {service}, sem getur vistað vafrakökur ({category}). Það hleðst aðeins inn með þínu leyfi.',
    allow: 'Leyfa {service}',
    once: 'Hlaða aðeins núna',
    preferences: 'Kökustillingar',
  },
  gpc: 'Vafrinn þinn sendi Global Privacy Control-merki, svo flokkarnir {categories} verða áfram óvirkir nema þú kveikir sjálf(ur) á þeim hér.',
  notice: {
    title: 'Vafrakökur á þessum vef',
    optOut:
      '{controller} notar vafrakökur og sambærilega tækni fyrir tölfræði, til að muna stillingarnar þínar, fyrir auglýsingar og fyrir eiginleika samfélagsmiðla. Þú getur hvenær sem er afþakkað hvaða þeirra sem er, líka sölu eða deilingu persónuupplýsinga þinna, undir „Persónuverndarval þitt“.',
    info: '{controller} notar vafrakökur og sambærilega tækni fyrir tölfræði, til að muna stillingarnar þínar, fyrir auglýsingar og fyrir eiginleika samfélagsmiðla. Þú sérð hverjar undir „Kökustillingar“.',
    dismiss: 'Í lagi',
    choices: 'Persónuverndarval þitt',
  },
  categories: {
    necessary: {
      title: 'Nauðsynlegar',
      description: 'Þarf til að vefurinn virki, til dæmis til að halda þér innskráðum, geyma körfuna eða muna þetta val. Ekki er hægt að slökkva á þeim.',
    },
    performance: {
      title: 'Afköst',
      description:
        'Telja heimsóknir og sýna hvernig síður eru notaðar, til dæmis með Google Analytics, svo við getum lagað villur og bætt vefinn. Skýrslur eru samantektir.',
    },
    functionality: {
      title: 'Virkni',
      description: 'Muna stillingar sem þú velur, svo sem land, tungumál eða leitarsíur, svo vefurinn taki mið af þeim í næstu heimsókn.',
    },
    targeting: {
      title: 'Markmiðun og auglýsingar',
      description:
        'Auglýsinganet vista þær til að sýna auglýsingar eftir áhugamálum þínum, takmarka hversu oft þú sérð sömu auglýsingu og mæla herferðir, líka á öðrum vefjum.',
    },
    social: {
      title: 'Samfélagsmiðlar',
      description:
        'Gera þér kleift að deila síðum og skoða eða lesa innfelldar færslur og myndbönd. Samfélagsmiðlarnir vista þær og meðhöndla gögnin samkvæmt eigin reglum.',
    },
  },
};

export default is;
