import type { Texts } from '../core/types';

/** Hungarian texts, written for cookiegate. */
const hu: Texts = {
  banner: {
    title: 'Az Ön döntése a sütikről',
    description:
      '{controller} sütiket és hasonló technológiákat használna statisztikához, a beállításai megjegyzéséhez, hirdetésekhez és közösségimédia-funkciókhoz. Ezek nem kötelezők: az oldal nélkülük is működik. Elfogadhatja vagy elutasíthatja mindet, vagy választhat célonként, és bármikor meggondolhatja magát a „Süti-beállítások” alatt.',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    manage: 'Beállítások kezelése',
    close: 'Bezárás és a nem kötelező sütik elutasítása',
    policy: 'Adatvédelmi tájékoztató',
  },
  modal: {
    title: 'Süti-beállítások',
    description:
      'Válassza ki, mely nem kötelező sütiket használhatunk. A feltétlenül szükséges sütik az oldal működéséhez kellenek, és mindig be vannak kapcsolva. Döntése addig érvényes, amíg itt meg nem változtatja.',
    acceptAll: 'Összes elfogadása',
    rejectAll: 'Összes elutasítása',
    save: 'Beállítások mentése',
    close: 'Bezárás mentés nélkül',
    alwaysOn: 'Mindig bekapcsolva',
    services: 'Szolgáltatások',
    cookieName: 'Süti',
    cookieProvider: 'Szolgáltató',
    cookiePurpose: 'Cél',
    cookieDuration: 'Időtartam',
    provider: 'Szolgáltató',
    saved: 'Süti-beállításait mentettük.',
  },
  reopen: 'Süti-beállítások',
  placeholder: {
    title: 'Tartalom innen: {service}',
    text: 'Ezt a tartalmat a(z) {service} szolgáltatja, amely sütiket helyezhet el ({category}). Csak az Ön engedélyével töltődik be.',
    allow: 'Engedélyezés: {service}',
    once: 'Betöltés csak most',
    preferences: 'Süti-beállítások',
  },
  gpc: 'Böngészője Global Privacy Control jelzést küldött, ezért a(z) {categories} kategóriák kikapcsolva maradnak, hacsak itt maga be nem kapcsolja őket.',
  notice: {
    title: 'Sütik ezen az oldalon',
    optOut:
      '{controller} sütiket és hasonló technológiákat használ statisztikához, a beállításai megjegyzéséhez, hirdetésekhez és közösségimédia-funkciókhoz. Bármelyiket bármikor letilthatja, a személyes adatai eladását vagy megosztását is, az „Adatvédelmi döntései” alatt.',
    info: '{controller} sütiket és hasonló technológiákat használ statisztikához, a beállításai megjegyzéséhez, hirdetésekhez és közösségimédia-funkciókhoz. Hogy melyeket, a „Süti-beállítások” alatt láthatja.',
    dismiss: 'OK',
    choices: 'Adatvédelmi döntései',
  },
  categories: {
    necessary: {
      title: 'Feltétlenül szükséges',
      description:
        'Az oldal működéséhez kellenek, például hogy bejelentkezve maradjon, megmaradjon a kosara, vagy megjegyezzük ezt a döntést. Nem kapcsolhatók ki.',
    },
    performance: {
      title: 'Teljesítmény',
      description:
        'Számolják a látogatásokat és megmutatják, hogyan használják az oldalakat, például a Google Analytics segítségével, hogy javíthassuk a hibákat és az oldalt. A jelentések összesítettek.',
    },
    functionality: {
      title: 'Funkcionalitás',
      description:
        'Megjegyzik az Ön által választott beállításokat, például az országot, a nyelvet vagy a keresési szűrőket, hogy az oldal a következő látogatáskor is ezeket használja.',
    },
    targeting: {
      title: 'Célzás és hirdetés',
      description:
        'Hirdetési hálózatok helyezik el őket, hogy érdeklődésének megfelelő hirdetéseket mutassanak, korlátozzák, milyen gyakran lát egy hirdetést, és mérjék a kampányokat, más oldalakon is.',
    },
    social: {
      title: 'Közösségi média',
      description:
        'Lehetővé teszik oldalak megosztását, valamint beágyazott bejegyzések és videók megtekintését. A közösségi hálózatok helyezik el őket, és saját szabályaik szerint kezelik az adatokat.',
    },
  },
};

export default hu;
