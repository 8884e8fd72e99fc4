import type { Texts } from '../core/types';

/** Slovenian texts, written for cookiegate. */
const sl: Texts = {
  banner: {
    title: 'Vaša izbira glede piškotkov',
    description:
      '{controller} bi rad uporabljal piškotke in podobne tehnologije za statistiko, za pomnjenje vaših nastavitev, za oglaševanje in za funkcije družbenih omrežij. Niso obvezni: spletno mesto deluje tudi brez njih. Lahko jih sprejmete vse, zavrnete vse ali izberete po namenu ter si kadar koli premislite v »Nastavitvah piškotkov«.',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    manage: 'Upravljaj nastavitve',
    close: 'Zapri in zavrni neobvezne piškotke',
    policy: 'Pravilnik o zasebnosti',
  },
  modal: {
    title: 'Nastavitve piškotkov',
    description:
      'Izberite, katere neobvezne piškotke smemo uporabljati. Nujno potrebni piškotki omogočajo delovanje spletnega mesta in so vedno vklopljeni. Vaša izbira velja, dokler je tukaj ne spremenite.',
    acceptAll: 'Sprejmi vse',
    rejectAll: 'Zavrni vse',
    save: 'Shrani nastavitve',
    close: 'Zapri brez shranjevanja',
    alwaysOn: 'Vedno vklopljeni',
    services: 'Storitve',
    cookieName: 'Piškotek',
    cookieProvider: 'Ponudnik',
    cookiePurpose: 'Namen',
    cookieDuration: 'Trajanje',
    provider: 'Ponudnik',
    saved: 'Vaše nastavitve piškotkov so shranjene.',
  },
  reopen: 'Nastavitve piškotkov',
  placeholder: {
    title: 'Vsebina storitve {service}',
    text: 'To vsebino gosti {service}, ki lahko nastavi piškotke ({category}). Naloži se samo z vašim dovoljenjem.',
    allow: 'Dovoli {service}',
    once: 'Naloži samo tokrat',
    preferences: 'Nastavitve piškotkov',
  },
  gpc: 'Vaš brskalnik je poslal signal Global Privacy Control, zato kategorije {categories} ostanejo izklopljene, razen če jih tukaj sami vklopite.',
  notice: {
    title: 'Piškotki na tem spletnem mestu',
    optOut:
      '{controller} uporablja piškotke in podobne tehnologije za statistiko, za pomnjenje vaših nastavitev, za oglaševanje in za funkcije družbenih omrežij. Kadar koli lahko zavrnete katero koli od njih, tudi prodajo ali deljenje vaših osebnih podatkov, v »Vaših izbirah zasebnosti«.',
    info: '{controller} uporablja piškotke in podobne tehnologije za statistiko, za pomnjenje vaših nastavitev, za oglaševanje in za funkcije družbenih omrežij. Katere, vidite v »Nastavitvah piškotkov«.',
    dismiss: 'V redu',
    choices: 'Vaše izbire zasebnosti',
  },
  categories: {
    necessary: {
      title: 'Nujno potrebni',
      description:
        'Potrebni za delovanje spletnega mesta, na primer da ostanete prijavljeni, da se ohrani košarica ali zapomni ta izbira. Ni jih mogoče izklopiti.',
    },
    performance: {
      title: 'Učinkovitost',
      description:
        'Štejejo obiske in kažejo, kako se strani uporabljajo, na primer z Google Analytics, da lahko odpravljamo težave in izboljšujemo spletno mesto. Poročila so zbirna.',
    },
    functionality: {
      title: 'Funkcionalnost',
      description:
        'Zapomnijo si nastavitve, ki jih izberete, kot so država, jezik ali iskalni filtri, da jih spletno mesto upošteva ob vašem naslednjem obisku.',
    },
    targeting: {
      title: 'Ciljanje in oglaševanje',
      description:
        'Nastavijo jih oglaševalska omrežja, da prikazujejo oglase glede na vaše interese, omejijo, kako pogosto vidite isti oglas, in merijo kampanje, tudi na drugih spletnih mestih.',
    },
    social: {
      title: 'Družbena omrežja',
      description:
        'Omogočajo deljenje strani ter ogled ali branje vdelanih objav in videoposnetkov. Nastavijo jih družbena omrežja, ki podatke obdelujejo po lastnih pravilih.',
    },
  },
};

export default sl;
