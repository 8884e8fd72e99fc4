import type { Texts } from '../core/types';

/** Lithuanian texts, written for cookiegate. */
const lt: Texts = {
  banner: {
    title: 'Jūsų pasirinkimas dėl slapukų',
    description:
      '{controller} norėtų naudoti slapukus ir panašias technologijas statistikai, jūsų nustatymams įsiminti, reklamai ir socialinių tinklų funkcijoms. Jie neprivalomi: svetainė veikia ir be jų. Galite priimti visus, atmesti visus arba pasirinkti pagal paskirtį ir bet kada apsigalvoti skiltyje „Slapukų nustatymai“.',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    manage: 'Tvarkyti nustatymus',
    close: 'Uždaryti ir atmesti neprivalomus slapukus',
    policy: 'Privatumo politika',
  },
  modal: {
    title: 'Slapukų nustatymai',
    description:
      'Pasirinkite, kuriuos neprivalomus slapukus galime naudoti. Būtinieji slapukai užtikrina svetainės veikimą ir visada įjungti. Jūsų pasirinkimas galioja, kol jo čia nepakeisite.',
    acceptAll: 'Priimti visus',
    rejectAll: 'Atmesti visus',
    save: 'Išsaugoti nustatymus',
    close: 'Uždaryti neišsaugojus',
    alwaysOn: 'Visada įjungti',
    services: 'Paslaugos',
    cookieName: 'Slapukas',
    cookieProvider: 'Teikėjas',
    cookiePurpose: 'Paskirtis',
    cookieDuration: 'Galiojimas',
    provider: 'Teikėjas',
    saved: 'Jūsų slapukų nustatymai išsaugoti.',
  },
  reopen: 'Slapukų nustatymai',
  placeholder: {
    title: 'Turinys iš {service}',
    text: 'Šį turinį teikia {service}, kuris gali įrašyti slapukus ({category}). Jis įkeliamas tik jums leidus.',
    allow: 'Leisti {service}',
    once: 'Įkelti tik šį kartą',
    preferences: 'Slapukų nustatymai',
  },
  gpc: 'Jūsų naršyklė atsiuntė Global Privacy Control signalą, todėl kategorijos {categories} lieka išjungtos, nebent jas čia įjungsite patys.',
  notice: {
    title: 'Slapukai šioje svetainėje',
    optOut:
      '{controller} naudoja slapukus ir panašias technologijas statistikai, jūsų nustatymams įsiminti, reklamai ir socialinių tinklų funkcijoms. Bet kada galite atsisakyti bet kurių iš jų, taip pat jūsų asmens duomenų pardavimo ar dalijimosi jais, skiltyje „Jūsų privatumo pasirinkimai“.',
    info: '{controller} naudoja slapukus ir panašias technologijas statistikai, jūsų nustatymams įsiminti, reklamai ir socialinių tinklų funkcijoms. Kuriuos, matysite skiltyje „Slapukų nustatymai“.',
    dismiss: 'Gerai',
    choices: 'Jūsų privatumo pasirinkimai',
  },
  categories: {
    necessary: {
      title: 'Būtinieji',
      description:
        'Reikalingi svetainei veikti, pavyzdžiui, kad liktumėte prisijungę, išliktų krepšelis ar būtų įsimintas šis pasirinkimas. Jų išjungti negalima.',
    },
    performance: {
      title: 'Našumas',
      description:
        'Skaičiuoja apsilankymus ir rodo, kaip naudojami puslapiai, pavyzdžiui, per Google Analytics, kad galėtume taisyti klaidas ir tobulinti svetainę. Ataskaitos apibendrintos.',
    },
    functionality: {
      title: 'Funkcionalumas',
      description: 'Įsimena jūsų pasirinktus nustatymus, pavyzdžiui, šalį, kalbą ar paieškos filtrus, kad svetainė juos taikytų kito apsilankymo metu.',
    },
    targeting: {
      title: 'Taikymas ir reklama',
      description:
        'Juos įrašo reklamos tinklai, kad rodytų jūsų interesus atitinkančias reklamas, ribotų, kaip dažnai matote tą pačią reklamą, ir matuotų kampanijas, taip pat kitose svetainėse.',
    },
    social: {
      title: 'Socialiniai tinklai',
      description:
        'Leidžia dalytis puslapiais ir žiūrėti ar skaityti įterptus įrašus bei vaizdo įrašus. Juos įrašo socialiniai tinklai, kurie duomenis tvarko pagal savo taisykles.',
    },
  },
};

export default lt;
