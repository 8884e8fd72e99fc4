import type { Texts } from '../core/types';

/** Czech texts, written for cookiegate. */
const cs: Texts = {
  banner: {
    title: 'Vaše volba ohledně cookies',
    description:
      '{controller} by rád používal cookies a podobné technologie pro statistiky, k zapamatování vašeho nastavení, pro reklamu a pro funkce sociálních sítí. Jsou volitelné: web funguje i bez nich. Můžete je všechny přijmout, všechny odmítnout nebo vybrat podle účelu a své rozhodnutí kdykoli změnit v „Nastavení cookies“.',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    manage: 'Spravovat nastavení',
    close: 'Zavřít a odmítnout volitelné cookies',
    policy: 'Zásady ochrany osobních údajů',
  },
  modal: {
    title: 'Nastavení cookies',
    description:
      'Vyberte, které volitelné cookies smíme používat. Nezbytně nutné cookies udržují web v chodu a jsou vždy zapnuté. Vaše volba platí, dokud ji zde nezměníte.',
    acceptAll: 'Přijmout vše',
    rejectAll: 'Odmítnout vše',
    save: 'Uložit nastavení',
    close: 'Zavřít bez uložení',
    alwaysOn: 'Vždy zapnuté',
    services: 'Služby',
    cookieName: 'Cookie',
    cookieProvider: 'Poskytovatel',
    cookiePurpose: 'Účel',
    cookieDuration: 'Doba platnosti',
    provider: 'Poskytovatel',
    saved: 'Vaše nastavení cookies je uloženo.',
  },
  reopen: 'Nastavení cookies',
  placeholder: {
    title: 'Obsah od {service}',
    text: 'Tento obsah poskytuje {service}, který může ukládat cookies ({category}). Načte se jen s vaším svolením.',
    allow: 'Povolit {service}',
    once: 'Načíst jen tentokrát',
    preferences: 'Nastavení cookies',
  },
  gpc: 'Váš prohlížeč odeslal signál Global Privacy Control, proto kategorie {categories} zůstávají vypnuté, dokud je zde sami nezapnete.',
  notice: {
    title: 'Cookies na tomto webu',
    optOut:
      '{controller} používá cookies a podobné technologie pro statistiky, k zapamatování vašeho nastavení, pro reklamu a pro funkce sociálních sítí. Kdykoli můžete kteroukoli z nich odmítnout, včetně prodeje nebo sdílení vašich osobních údajů, v „Vaše volby soukromí“.',
    info: '{controller} používá cookies a podobné technologie pro statistiky, k zapamatování vašeho nastavení, pro reklamu a pro funkce sociálních sítí. Které to jsou, uvidíte v „Nastavení cookies“.',
    dismiss: 'OK',
    choices: 'Vaše volby soukromí',
  },
  categories: {
    necessary: {
      title: 'Nezbytně nutné',
      description: 'Potřebné pro chod webu, například abyste zůstali přihlášeni, aby se uchoval košík nebo tato volba. Nelze je vypnout.',
    },
    performance: {
      title: 'Výkon',
      description:
        'Počítají návštěvy a ukazují, jak se stránky používají, například pomocí Google Analytics, abychom mohli opravovat chyby a zlepšovat web. Přehledy jsou souhrnné.',
    },
    functionality: {
      title: 'Funkčnost',
      description: 'Pamatují si nastavení, která zvolíte, jako zemi, jazyk nebo filtry vyhledávání, aby je web při vaší příští návštěvě použil.',
    },
    targeting: {
      title: 'Cílení a reklama',
      description:
        'Ukládají je reklamní sítě, aby zobrazovaly reklamy podle vašich zájmů, omezily, jak často vidíte stejnou reklamu, a měřily kampaně, i na jiných webech.',
    },
    social: {
      title: 'Sociální sítě',
      description:
        'Umožňují sdílet stránky a sledovat nebo číst vložené příspěvky a videa. Ukládají je sociální sítě, které s daty zacházejí podle svých vlastních pravidel.',
    },
  },
};

export default cs;
