import type { Texts } from '../core/types';

/** Latvian texts, written for cookiegate. */
const lv: Texts = {
  banner: {
    title: 'Jūsu izvēle par sīkdatnēm',
    description:
      '{controller} vēlētos izmantot sīkdatnes un līdzīgas tehnoloģijas statistikai, jūsu iestatījumu atcerēšanai, reklāmai un sociālo tīklu funkcijām. Tās nav obligātas: vietne darbojas arī bez tām. Varat pieņemt visas, noraidīt visas vai izvēlēties pēc nolūka un jebkurā laikā pārdomāt sadaļā “Sīkdatņu iestatījumi”.',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    manage: 'Pārvaldīt iestatījumus',
    close: 'Aizvērt un noraidīt neobligātās sīkdatnes',
    policy: 'Privātuma politika',
  },
  modal: {
    title: 'Sīkdatņu iestatījumi',
    description:
      'Izvēlieties, kuras neobligātās sīkdatnes drīkstam izmantot. Nepieciešamās sīkdatnes nodrošina vietnes darbību un vienmēr ir ieslēgtas. Jūsu izvēle ir spēkā, līdz to šeit mainīsiet.',
    acceptAll: 'Pieņemt visas',
    rejectAll: 'Noraidīt visas',
    save: 'Saglabāt iestatījumus',
    close: 'Aizvērt, nesaglabājot',
    alwaysOn: 'Vienmēr ieslēgtas',
    services: 'Pakalpojumi',
    cookieName: 'Sīkdatne',
    cookieProvider: 'Nodrošinātājs',
    cookiePurpose: 'Nolūks',
    cookieDuration: 'Derīgums',
    provider: 'Nodrošinātājs',
    saved: 'Jūsu sīkdatņu iestatījumi ir saglabāti.',
  },
  reopen: 'Sīkdatņu iestatījumi',
  placeholder: {
    title: 'Saturs no {service}',
    text: 'Šo saturu nodrošina {service}, kas var iestatīt sīkdatnes ({category}). Tas tiek ielādēts tikai ar jūsu atļauju.',
    allow: 'Atļaut {service}',
    once: 'Ielādēt tikai šoreiz',
    preferences: 'Sīkdatņu iestatījumi',
  },
  gpc: 'Jūsu pārlūks nosūtīja Global Privacy Control signālu, tāpēc kategorijas {categories} paliek izslēgtas, ja vien jūs tās šeit neieslēdzat paši.',
  notice: {
    title: 'Sīkdatnes šajā vietnē',
    optOut:
      '{controller} izmanto sīkdatnes un līdzīgas tehnoloģijas statistikai, jūsu iestatījumu atcerēšanai, reklāmai un sociālo tīklu funkcijām. Jebkurā laikā varat atteikties no jebkuras no tām, arī no jūsu personas datu pārdošanas vai kopīgošanas, sadaļā “Jūsu privātuma izvēles”.',
    info: '{controller} izmanto sīkdatnes un līdzīgas tehnoloģijas statistikai, jūsu iestatījumu atcerēšanai, reklāmai un sociālo tīklu funkcijām. Kuras, redzēsiet sadaļā “Sīkdatņu iestatījumi”.',
    dismiss: 'Labi',
    choices: 'Jūsu privātuma izvēles',
  },
  categories: {
    necessary: {
      title: 'Nepieciešamās',
      description: 'Vajadzīgas vietnes darbībai, piemēram, lai jūs paliktu pieteicies, saglabātos grozs vai tiktu atcerēta šī izvēle. Tās nevar izslēgt.',
    },
    performance: {
      title: 'Veiktspēja',
      description:
        'Skaita apmeklējumus un rāda, kā tiek izmantotas lapas, piemēram, ar Google Analytics, lai mēs varētu labot kļūdas un uzlabot vietni. Pārskati ir apkopoti.',
    },
    functionality: {
      title: 'Funkcionalitāte',
      description: 'Atceras jūsu izvēlētos iestatījumus, piemēram, valsti, valodu vai meklēšanas filtrus, lai vietne tos izmantotu nākamajā apmeklējumā.',
    },
    targeting: {
      title: 'Mērķauditorija un reklāma',
      description:
        'Tās iestata reklāmas tīkli, lai rādītu jūsu interesēm atbilstošas reklāmas, ierobežotu, cik bieži redzat vienu reklāmu, un mērītu kampaņas, arī citās vietnēs.',
    },
    social: {
      title: 'Sociālie tīkli',
      description:
        'Ļauj kopīgot lapas un skatīt vai lasīt iegultas ziņas un video. Tās iestata sociālie tīkli, kas datus apstrādā saskaņā ar saviem noteikumiem.',
    },
  },
};

export default lv;
