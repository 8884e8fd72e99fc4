import type { Texts } from '../core/types';

/** Polish texts, written for cookiegate. */
const pl: Texts = {
  banner: {
    title: 'Twój wybór dotyczący plików cookie',
    description:
      '{controller} chciałby używać plików cookie i podobnych technologii do statystyk, zapamiętywania Twoich ustawień, reklam i funkcji mediów społecznościowych. Są opcjonalne: strona działa bez nich. Możesz zaakceptować wszystkie, odrzucić wszystkie lub wybrać według celu, a decyzję zmienić w każdej chwili w „Ustawieniach cookie”.',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    manage: 'Zarządzaj ustawieniami',
    close: 'Zamknij i odrzuć opcjonalne pliki cookie',
    policy: 'Polityka prywatności',
  },
  modal: {
    title: 'Ustawienia cookie',
    description:
      'Wybierz, których opcjonalnych plików cookie możemy używać. Niezbędne pliki cookie zapewniają działanie strony i są zawsze włączone. Twój wybór obowiązuje, dopóki go tu nie zmienisz.',
    acceptAll: 'Akceptuj wszystkie',
    rejectAll: 'Odrzuć wszystkie',
    save: 'Zapisz ustawienia',
    close: 'Zamknij bez zapisywania',
    alwaysOn: 'Zawsze włączone',
    services: 'Usługi',
    cookieName: 'Cookie',
    cookieProvider: 'Dostawca',
    cookiePurpose: 'Cel',
    cookieDuration: 'Okres przechowywania',
    provider: 'Dostawca',
    saved: 'Twoje ustawienia cookie zostały zapisane.',
  },
  reopen: 'Ustawienia cookie',
  placeholder: {
    title: 'Treść z {service}',
    text: 'Ta treść pochodzi z {service}, który może zapisywać pliki cookie ({category}). Wczyta się tylko za Twoją zgodą.',
    allow: 'Zezwól na {service}',
    once: 'Wczytaj tylko tym razem',
    preferences: 'Ustawienia cookie',
  },
  gpc: 'Twoja przeglądarka wysłała sygnał Global Privacy Control, więc kategorie {categories} pozostają wyłączone, chyba że sam je tu włączysz.',
  notice: {
    title: 'Pliki cookie na tej stronie',
    optOut:
      '{controller} używa plików cookie i podobnych technologii do statystyk, zapamiętywania Twoich ustawień, reklam i funkcji mediów społecznościowych. W każdej chwili możesz zrezygnować z każdej z nich, także ze sprzedaży lub udostępniania Twoich danych osobowych, w „Twoich wyborach prywatności”.',
    info: '{controller} używa plików cookie i podobnych technologii do statystyk, zapamiętywania Twoich ustawień, reklam i funkcji mediów społecznościowych. Szczegóły znajdziesz w „Ustawieniach cookie”.',
    dismiss: 'OK',
    choices: 'Twoje wybory prywatności',
  },
  categories: {
    necessary: {
      title: 'Niezbędne',
      description: 'Potrzebne do działania strony, na przykład by utrzymać Cię zalogowanym, zachować koszyk lub zapamiętać ten wybór. Nie można ich wyłączyć.',
    },
    performance: {
      title: 'Wydajność',
      description:
        'Liczą odwiedziny i pokazują, jak używane są strony, na przykład przez Google Analytics, abyśmy mogli naprawiać błędy i ulepszać stronę. Raporty są zbiorcze.',
    },
    functionality: {
      title: 'Funkcjonalność',
      description:
        'Zapamiętują wybrane przez Ciebie ustawienia, takie jak kraj, język czy filtry wyszukiwania, aby strona uwzględniła je przy następnej wizycie.',
    },
    targeting: {
      title: 'Targetowanie i reklama',
      description:
        'Zapisywane przez sieci reklamowe, by pokazywać reklamy zgodne z Twoimi zainteresowaniami, ograniczać, jak często widzisz tę samą reklamę, i mierzyć kampanie, także na innych stronach.',
    },
    social: {
      title: 'Media społecznościowe',
      description:
        'Pozwalają udostępniać strony oraz oglądać lub czytać osadzone posty i filmy. Zapisują je serwisy społecznościowe, które przetwarzają dane według własnych zasad.',
    },
  },
};

export default pl;
