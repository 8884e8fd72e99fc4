import type { Texts } from '../core/types';

/** Slovak texts, written for cookiegate. */
const sk: Texts = {
  banner: {
    title: 'Vaša voľba o súboroch cookie',
    description:
      '{controller} by rád používal súbory cookie a podobné technológie na štatistiky, na zapamätanie vašich nastavení, na reklamu a na funkcie sociálnych sietí. Sú voliteľné: web funguje aj bez nich. Môžete ich všetky prijať, všetky odmietnuť alebo vybrať podľa účelu a rozhodnutie kedykoľvek zmeniť v „Nastavenia cookies“.',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    manage: 'Spravovať nastavenia',
    close: 'Zavrieť a odmietnuť voliteľné cookies',
    policy: 'Zásady ochrany súkromia',
  },
  modal: {
    title: 'Nastavenia cookies',
    description:
      'Vyberte, ktoré voliteľné súbory cookie smieme používať. Nevyhnutné súbory cookie udržiavajú web v chode a sú vždy zapnuté. Vaša voľba platí, kým ju tu nezmeníte.',
    acceptAll: 'Prijať všetko',
    rejectAll: 'Odmietnuť všetko',
    save: 'Uložiť nastavenia',
    close: 'Zavrieť bez uloženia',
    alwaysOn: 'Vždy zapnuté',
    services: 'Služby',
    cookieName: 'Cookie',
    cookieProvider: 'Poskytovateľ',
    cookiePurpose: 'Účel',
    cookieDuration: 'Platnosť',
    provider: 'Poskytovateľ',
    saved: 'Vaše nastavenia cookies sú uložené.',
  },
  reopen: 'Nastavenia cookies',
  placeholder: {
    title: 'Obsah od {service}',
    text: 'Tento obsah poskytuje {service}, ktorý môže ukladať súbory cookie ({category}). Načíta sa len s vaším súhlasom.',
    allow: 'Povoliť {service}',
    once: 'Načítať len teraz',
    preferences: 'Nastavenia cookies',
  },
  gpc: 'Váš prehliadač poslal signál Global Privacy Control, preto kategórie {categories} zostávajú vypnuté, kým ich tu sami nezapnete.',
  notice: {
    title: 'Súbory cookie na tomto webe',
    optOut:
      '{controller} používa súbory cookie a podobné technológie na štatistiky, na zapamätanie vašich nastavení, na reklamu a na funkcie sociálnych sietí. Kedykoľvek môžete ktorúkoľvek z nich odmietnuť, vrátane predaja alebo zdieľania vašich osobných údajov, v „Vaše voľby súkromia“.',
    info: '{controller} používa súbory cookie a podobné technológie na štatistiky, na zapamätanie vašich nastavení, na reklamu a na funkcie sociálnych sietí. Ktoré to sú, uvidíte v „Nastavenia cookies“.',
    dismiss: 'OK',
    choices: 'Vaše voľby súkromia',
  },
  categories: {
    necessary: {
      title: 'Nevyhnutné',
      description: 'Potrebné na fungovanie webu, napríklad aby ste zostali prihlásení, aby sa zachoval košík alebo táto voľba. Nedajú sa vypnúť.',
    },
    performance: {
      title: 'Výkon',
      description:
        'Počítajú návštevy a ukazujú, ako sa stránky používajú, napríklad cez Google Analytics, aby sme mohli opravovať chyby a zlepšovať web. Prehľady sú súhrnné.',
    },
    functionality: {
      title: 'Funkčnosť',
      description: 'Pamätajú si nastavenia, ktoré si zvolíte, ako krajinu, jazyk alebo filtre vyhľadávania, aby ich web pri vašej ďalšej návšteve použil.',
    },
    targeting: {
      title: 'Cielenie a reklama',
      description:
        'Ukladajú ich reklamné siete, aby zobrazovali reklamy podľa vašich záujmov, obmedzili, ako často vidíte tú istú reklamu, a merali kampane, aj na iných weboch.',
    },
    social: {
      title: 'Sociálne siete',
      description:
        'Umožňujú zdieľať stránky a pozerať alebo čítať vložené príspevky a videá. Ukladajú ich sociálne siete, ktoré s údajmi narábajú podľa vlastných pravidiel.',
    },
  },
};

export default sk;
