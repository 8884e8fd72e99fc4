import type { Texts } from '../core/types';

/** Italian texts, written for cookiegate. */
const it: Texts = {
  banner: {
    title: 'La tua scelta sui cookie',
    description:
      '{controller} vorrebbe usare cookie e tecnologie simili per statistiche, per ricordare le tue impostazioni, per la pubblicità e per le funzioni dei social media. Sono facoltativi: il sito funziona anche senza. Puoi accettarli tutti, rifiutarli tutti o scegliere per finalità, e cambiare idea in qualsiasi momento da «Preferenze cookie».',
    acceptAll: 'Accetta tutto',
    rejectAll: 'Rifiuta tutto',
    manage: 'Gestisci preferenze',
    close: 'Chiudi e rifiuta i cookie facoltativi',
    policy: 'Informativa sulla privacy',
  },
  modal: {
    title: 'Preferenze cookie',
    description:
      'Scegli quali cookie facoltativi possiamo usare. I cookie strettamente necessari fanno funzionare il sito e sono sempre attivi. La tua scelta vale finché non la cambi qui.',
    acceptAll: 'Accetta tutto',
    rejectAll: 'Rifiuta tutto',
    save: 'Salva preferenze',
    close: 'Chiudi senza salvare',
    alwaysOn: 'Sempre attivi',
    services: 'Servizi',
    cookieName: 'Cookie',
    cookieProvider: 'Fornitore',
    cookiePurpose: 'Finalità',
    cookieDuration: 'Durata',
    provider: 'Fornitore',
    saved: 'Le tue preferenze sui cookie sono state salvate.',
  },
  reopen: 'Preferenze cookie',
  placeholder: {
    title: 'Contenuto di {service}',
    text: 'Questo contenuto è ospitato da {service}, che può impostare cookie ({category}). Viene caricato solo con il tuo permesso.',
    allow: 'Consenti {service}',
    once: 'Carica solo questa volta',
    preferences: 'Preferenze cookie',
  },
  gpc: 'Il tuo browser ha inviato un segnale Global Privacy Control, quindi le categorie {categories} restano disattivate, a meno che non le attivi tu qui.',
  notice: {
    title: 'Cookie su questo sito',
    optOut:
      '{controller} usa cookie e tecnologie simili per statistiche, per ricordare le tue impostazioni, per la pubblicità e per le funzioni dei social media. Puoi rinunciare a ciascuno di essi in qualsiasi momento, anche alla vendita o condivisione dei tuoi dati personali, da «Le tue scelte sulla privacy».',
    info: '{controller} usa cookie e tecnologie simili per statistiche, per ricordare le tue impostazioni, per la pubblicità e per le funzioni dei social media. Puoi vedere quali in «Preferenze cookie».',
    dismiss: 'OK',
    choices: 'Le tue scelte sulla privacy',
  },
  categories: {
    necessary: {
      title: 'Strettamente necessari',
      description:
        'Servono al funzionamento del sito, ad esempio per mantenere l’accesso, conservare il carrello o ricordare questa scelta. Non si possono disattivare.',
    },
    performance: {
      title: 'Prestazioni',
      description:
        'Contano le visite e mostrano come vengono usate le pagine, ad esempio con Google Analytics, così possiamo correggere problemi e migliorare il sito. I dati sono aggregati.',
    },
    functionality: {
      title: 'Funzionalità',
      description: 'Ricordano le impostazioni che scegli, come paese, lingua o filtri di ricerca, così il sito le applica alla tua prossima visita.',
    },
    targeting: {
      title: 'Targeting e pubblicità',
      description:
        'Impostati da reti pubblicitarie per mostrare annunci in linea con i tuoi interessi, limitare quante volte vedi un annuncio e misurare le campagne, anche su altri siti.',
    },
    social: {
      title: 'Social media',
      description:
        'Ti permettono di condividere pagine e vedere o leggere post e video incorporati. I social network li impostano e trattano i dati secondo le proprie regole.',
    },
  },
};

export default it;
