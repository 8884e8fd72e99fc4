import type { Texts } from '../core/types';

/** Finnish texts, written for cookiegate. */
const fi: Texts = {
  banner: {
    title: 'Valintasi evästeistä',
    description:
      '{controller} haluaisi käyttää evästeitä ja vastaavia tekniikoita tilastointiin, asetustesi muistamiseen, mainontaan ja sosiaalisen median toimintoihin. Ne ovat vapaaehtoisia: sivusto toimii ilman niitäkin. Voit hyväksyä kaikki, hylätä kaikki tai valita käyttötarkoituksittain ja muuttaa mieltäsi milloin tahansa kohdassa ”Evästeasetukset”.',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    manage: 'Hallitse asetuksia',
    close: 'Sulje ja hylkää vapaaehtoiset evästeet',
    policy: 'Tietosuojaseloste',
  },
  modal: {
    title: 'Evästeasetukset',
    description:
      'Valitse, mitä vapaaehtoisia evästeitä saamme käyttää. Välttämättömät evästeet pitävät sivuston toiminnassa ja ovat aina käytössä. Valintasi on voimassa, kunnes muutat sitä täällä.',
    acceptAll: 'Hyväksy kaikki',
    rejectAll: 'Hylkää kaikki',
    save: 'Tallenna asetukset',
    close: 'Sulje tallentamatta',
    alwaysOn: 'Aina käytössä',
    services: 'Palvelut',
    cookieName: 'Eväste',
    cookieProvider: 'Tarjoaja',
    cookiePurpose: 'Käyttötarkoitus',
    cookieDuration: 'Voimassaoloaika',
    provider: 'Tarjoaja',
    saved: 'Evästeasetuksesi on tallennettu.',
  },
  reopen: 'Evästeasetukset',
  placeholder: {
    title: 'Sisältöä palvelusta {service}',
    text: 'Tämän sisällön tarjoaa {service}, joka voi asettaa evästeitä ({category}). Se latautuu vain luvallasi.',
    allow: 'Salli {service}',
    once: 'Lataa vain tämän kerran',
    preferences: 'Evästeasetukset',
  },
  gpc: 'Selaimesi lähetti Global Privacy Control -signaalin, joten luokat {categories} pysyvät pois päältä, ellet itse kytke niitä tässä päälle.',
  notice: {
    title: 'Evästeet tällä sivustolla',
    optOut:
      '{controller} käyttää evästeitä ja vastaavia tekniikoita tilastointiin, asetustesi muistamiseen, mainontaan ja sosiaalisen median toimintoihin. Voit milloin tahansa kieltäytyä mistä tahansa niistä, myös henkilötietojesi myynnistä tai jakamisesta, kohdassa ”Tietosuojavalintasi”.',
    info: '{controller} käyttää evästeitä ja vastaavia tekniikoita tilastointiin, asetustesi muistamiseen, mainontaan ja sosiaalisen median toimintoihin. Näet mitä, kohdassa ”Evästeasetukset”.',
    dismiss: 'OK',
    choices: 'Tietosuojavalintasi',
  },
  categories: {
    necessary: {
      title: 'Välttämättömät',
      description:
        'Tarvitaan sivuston toimintaan, esimerkiksi jotta pysyt kirjautuneena, ostoskorisi säilyy tai tämä valinta muistetaan. Niitä ei voi kytkeä pois.',
    },
    performance: {
      title: 'Suorituskyky',
      description:
        'Laskevat käyntejä ja näyttävät, miten sivuja käytetään, esimerkiksi Google Analyticsilla, jotta voimme korjata ongelmia ja parantaa sivustoa. Raportit ovat koostettuja.',
    },
    functionality: {
      title: 'Toiminnallisuus',
      description: 'Muistavat valitsemasi asetukset, kuten maan, kielen tai hakusuodattimet, jotta sivusto ottaa ne huomioon seuraavalla käynnilläsi.',
    },
    targeting: {
      title: 'Kohdentaminen ja mainonta',
      description:
        'Mainosverkostojen asettamia evästeitä, joilla näytetään kiinnostuksen kohteitasi vastaavia mainoksia, rajoitetaan saman mainoksen näyttökertoja ja mitataan kampanjoita, myös muilla sivustoilla.',
    },
    social: {
      title: 'Sosiaalinen media',
      description:
        'Mahdollistavat sivujen jakamisen sekä upotettujen julkaisujen ja videoiden katselun. Sosiaaliset verkostot asettavat ne ja käsittelevät tietoja omien käytäntöjensä mukaan.',
    },
  },
};

export default fi;
