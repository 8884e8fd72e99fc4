import type { Texts } from '../core/types';

/** Croatian texts, written for cookiegate. */
const hr: Texts = {
  banner: {
    title: 'Vaš izbor o kolačićima',
    description:
      '{controller} želi koristiti kolačiće i slične tehnologije za statistiku, za pamćenje vaših postavki, za oglašavanje i za funkcije društvenih mreža. Nisu obvezni: stranica radi i bez njih. Možete ih sve prihvatiti, sve odbiti ili birati prema svrsi te se u bilo kojem trenutku predomisliti u „Postavkama kolačića”.',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    manage: 'Upravljaj postavkama',
    close: 'Zatvori i odbij neobvezne kolačiće',
    policy: 'Pravila privatnosti',
  },
  modal: {
    title: 'Postavke kolačića',
    description:
      'Odaberite koje neobvezne kolačiće smijemo koristiti. Nužni kolačići održavaju rad stranice i uvijek su uključeni. Vaš izbor vrijedi dok ga ovdje ne promijenite.',
    acceptAll: 'Prihvati sve',
    rejectAll: 'Odbij sve',
    save: 'Spremi postavke',
    close: 'Zatvori bez spremanja',
    alwaysOn: 'Uvijek uključeni',
    services: 'Usluge',
    cookieName: 'Kolačić',
    cookieProvider: 'Pružatelj',
    cookiePurpose: 'Svrha',
    cookieDuration: 'Trajanje',
    provider: 'Pružatelj',
    saved: 'Vaše postavke kolačića su spremljene.',
  },
  reopen: 'Postavke kolačića',
  placeholder: {
    title: 'Sadržaj s {service}',
    text: 'Ovaj sadržaj pruža {service}, koji može postaviti kolačiće ({category}). Učitava se samo uz vaše dopuštenje.',
    allow: 'Dopusti {service}',
    once: 'Učitaj samo ovaj put',
    preferences: 'Postavke kolačića',
  },
  gpc: 'Vaš preglednik poslao je signal Global Privacy Control, pa kategorije {categories} ostaju isključene osim ako ih ovdje sami ne uključite.',
  notice: {
    title: 'Kolačići na ovoj stranici',
    optOut:
      '{controller} koristi kolačiće i slične tehnologije za statistiku, za pamćenje vaših postavki, za oglašavanje i za funkcije društvenih mreža. U bilo kojem trenutku možete odbiti bilo koju od njih, uključujući prodaju ili dijeljenje vaših osobnih podataka, u „Vašim izborima privatnosti”.',
    info: '{controller} koristi kolačiće i slične tehnologije za statistiku, za pamćenje vaših postavki, za oglašavanje i za funkcije društvenih mreža. Koje su to, vidite u „Postavkama kolačića”.',
    dismiss: 'U redu',
    choices: 'Vaši izbori privatnosti',
  },
  categories: {
    necessary: {
      title: 'Nužni',
      description: 'Potrebni za rad stranice, na primjer da ostanete prijavljeni, da se sačuva košarica ili zapamti ovaj izbor. Ne mogu se isključiti.',
    },
    performance: {
      title: 'Izvedba',
      description:
        'Broje posjete i pokazuju kako se stranice koriste, na primjer putem Google Analyticsa, kako bismo ispravljali greške i poboljšavali stranicu. Izvješća su zbirna.',
    },
    functionality: {
      title: 'Funkcionalnost',
      description:
        'Pamte postavke koje odaberete, poput zemlje, jezika ili filtara pretraživanja, kako bi ih stranica primijenila pri vašem sljedećem posjetu.',
    },
    targeting: {
      title: 'Ciljanje i oglašavanje',
      description:
        'Postavljaju ih oglašivačke mreže kako bi prikazivale oglase prema vašim interesima, ograničile koliko često vidite isti oglas i mjerile kampanje, i na drugim stranicama.',
    },
    social: {
      title: 'Društvene mreže',
      description:
        'Omogućuju dijeljenje stranica te gledanje ili čitanje ugrađenih objava i videozapisa. Postavljaju ih društvene mreže, koje podatke obrađuju prema vlastitim pravilima.',
    },
  },
};

export default hr;
