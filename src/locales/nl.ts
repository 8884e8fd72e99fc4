import type { Texts } from '../core/types';

/** Dutch texts, written for cookiegate. */
const nl: Texts = {
  banner: {
    title: 'Uw keuze over cookies',
    description:
      '{controller} wil graag cookies en vergelijkbare technieken gebruiken voor statistieken, om uw instellingen te onthouden, voor advertenties en voor functies van sociale media. Die zijn optioneel: de site werkt ook zonder. U kunt alles accepteren, alles weigeren of per doel kiezen. Uw keuze wijzigt u altijd via "Cookievoorkeuren".',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    manage: 'Voorkeuren beheren',
    close: 'Sluiten en optionele cookies weigeren',
    policy: 'Privacyverklaring',
  },
  modal: {
    title: 'Cookievoorkeuren',
    description:
      'Kies welke optionele cookies we mogen gebruiken. Strikt noodzakelijke cookies houden de site werkend en staan altijd aan. Uw keuze geldt tot u die hier aanpast.',
    acceptAll: 'Alles accepteren',
    rejectAll: 'Alles weigeren',
    save: 'Voorkeuren opslaan',
    close: 'Sluiten zonder op te slaan',
    alwaysOn: 'Altijd aan',
    services: 'Diensten',
    cookieName: 'Cookie',
    cookieProvider: 'Aanbieder',
    cookiePurpose: 'Doel',
    cookieDuration: 'Bewaartermijn',
    provider: 'Aanbieder',
    saved: 'Uw cookievoorkeuren zijn opgeslagen.',
  },
  reopen: 'Cookievoorkeuren',
  placeholder: {
    title: 'Inhoud van {service}',
    text: 'Deze inhoud komt van {service}, dat cookies kan plaatsen ({category}). Ze wordt pas geladen als u dat toestaat.',
    allow: '{service} toestaan',
    once: 'Alleen deze keer laden',
    preferences: 'Cookievoorkeuren',
  },
  gpc: 'Uw browser stuurt een Global Privacy Control-signaal. Daarom blijven {categories} uit, tenzij u ze hier zelf aanzet.',
  notice: {
    title: 'Cookies op deze site',
    optOut:
      '{controller} gebruikt cookies en vergelijkbare technieken voor statistieken, om uw instellingen te onthouden, voor advertenties en voor functies van sociale media. U kunt zich daar altijd voor afmelden, ook voor de verkoop of het delen van uw persoonsgegevens, via "Uw privacykeuzes".',
    info: '{controller} gebruikt cookies en vergelijkbare technieken voor statistieken, om uw instellingen te onthouden, voor advertenties en voor functies van sociale media. Welke dat zijn, ziet u via "Cookievoorkeuren".',
    dismiss: 'OK',
    choices: 'Uw privacykeuzes',
  },
  categories: {
    necessary: {
      title: 'Strikt noodzakelijk',
      description:
        'Nodig om de site te laten werken, bijvoorbeeld om u ingelogd te houden, uw winkelmandje te bewaren of deze keuze te onthouden. Deze kunt u niet uitzetten.',
    },
    performance: {
      title: 'Prestaties',
      description:
        "Tellen bezoeken en laten zien hoe pagina's worden gebruikt, bijvoorbeeld met Google Analytics, zodat we fouten kunnen oplossen en de site kunnen verbeteren. De rapporten tonen alleen totalen.",
    },
    functionality: {
      title: 'Functionaliteit',
      description: 'Onthouden instellingen die u kiest, zoals uw land, taal of zoekfilters, zodat de site daar bij uw volgende bezoek rekening mee houdt.',
    },
    targeting: {
      title: 'Gerichte advertenties',
      description:
        'Geplaatst door advertentienetwerken om advertenties te tonen die passen bij uw interesses, te beperken hoe vaak u dezelfde advertentie ziet en campagnes te meten, ook op andere sites.',
    },
    social: {
      title: 'Sociale media',
      description:
        "Hiermee kunt u pagina's delen en ingesloten berichten en video's bekijken. De sociale netwerken plaatsen deze cookies en verwerken de gegevens onder hun eigen voorwaarden.",
    },
  },
};

export default nl;
