import type { Texts } from '../core/types';

/** Romanian texts, written for cookiegate. */
const ro: Texts = {
  banner: {
    title: 'Alegerea dvs. privind cookie-urile',
    description:
      '{controller} ar dori să folosească cookie-uri și tehnologii similare pentru statistici, pentru a reține setările dvs., pentru publicitate și pentru funcții de rețele sociale. Sunt opționale: site-ul funcționează și fără ele. Le puteți accepta pe toate, le puteți respinge pe toate sau puteți alege pe scopuri și vă puteți răzgândi oricând din „Preferințe cookie-uri”.',
    acceptAll: 'Acceptă toate',
    rejectAll: 'Respinge toate',
    manage: 'Gestionează preferințele',
    close: 'Închide și respinge cookie-urile opționale',
    policy: 'Politica de confidențialitate',
  },
  modal: {
    title: 'Preferințe cookie-uri',
    description:
      'Alegeți ce cookie-uri opționale putem folosi. Cookie-urile strict necesare mențin site-ul funcțional și sunt mereu active. Alegerea dvs. rămâne valabilă până o schimbați aici.',
    acceptAll: 'Acceptă toate',
    rejectAll: 'Respinge toate',
    save: 'Salvează preferințele',
    close: 'Închide fără a salva',
    alwaysOn: 'Mereu active',
    services: 'Servicii',
    cookieName: 'Cookie',
    cookieProvider: 'Furnizor',
    cookiePurpose: 'Scop',
    cookieDuration: 'Durată',
    provider: 'Furnizor',
    saved: 'Preferințele dvs. privind cookie-urile au fost salvate.',
  },
  reopen: 'Preferințe cookie-uri',
  placeholder: {
    title: 'Conținut de la {service}',
    text: 'Acest conținut este găzduit de {service}, care poate seta cookie-uri ({category}). Se încarcă doar cu permisiunea dvs.',
    allow: 'Permite {service}',
    once: 'Încarcă doar de data aceasta',
    preferences: 'Preferințe cookie-uri',
  },
  gpc: 'Browserul dvs. a trimis un semnal Global Privacy Control, așa că categoriile {categories} rămân dezactivate, cu excepția cazului în care le activați chiar dvs. aici.',
  notice: {
    title: 'Cookie-uri pe acest site',
    optOut:
      '{controller} folosește cookie-uri și tehnologii similare pentru statistici, pentru a reține setările dvs., pentru publicitate și pentru funcții de rețele sociale. Puteți renunța oricând la oricare dintre ele, inclusiv la vânzarea sau partajarea datelor dvs. personale, din „Opțiunile dvs. de confidențialitate”.',
    info: '{controller} folosește cookie-uri și tehnologii similare pentru statistici, pentru a reține setările dvs., pentru publicitate și pentru funcții de rețele sociale. Vedeți care anume în „Preferințe cookie-uri”.',
    dismiss: 'OK',
    choices: 'Opțiunile dvs. de confidențialitate',
  },
  categories: {
    necessary: {
      title: 'Strict necesare',
      description:
        'Necesare pentru funcționarea site-ului, de exemplu pentru a vă menține autentificat, a păstra coșul sau a reține această alegere. Nu pot fi dezactivate.',
    },
    performance: {
      title: 'Performanță',
      description:
        'Numără vizitele și arată cum sunt folosite paginile, de exemplu cu Google Analytics, ca să remediem probleme și să îmbunătățim site-ul. Rapoartele sunt agregate.',
    },
    functionality: {
      title: 'Funcționalitate',
      description: 'Rețin setările pe care le alegeți, precum țara, limba sau filtrele de căutare, ca site-ul să le aplice la următoarea vizită.',
    },
    targeting: {
      title: 'Direcționare și publicitate',
      description:
        'Setate de rețele de publicitate pentru a afișa reclame potrivite intereselor dvs., a limita de câte ori vedeți o reclamă și a măsura campanii, inclusiv pe alte site-uri.',
    },
    social: {
      title: 'Rețele sociale',
      description:
        'Vă permit să distribuiți pagini și să vedeți sau să citiți postări și clipuri încorporate. Rețelele sociale le setează și prelucrează datele după propriile reguli.',
    },
  },
};

export default ro;
