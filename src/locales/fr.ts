import type { Texts } from '../core/types';

/** French texts, written for cookiegate. */
const fr: Texts = {
  banner: {
    title: 'Votre choix concernant les cookies',
    description:
      '{controller} souhaite utiliser des cookies et des technologies similaires pour mesurer l\u2019audience, mémoriser vos réglages, afficher de la publicité et proposer des fonctions de réseaux sociaux. Ils sont facultatifs\u00a0: le site fonctionne sans eux. Vous pouvez tout accepter, tout refuser ou choisir finalité par finalité, puis changer d\u2019avis à tout moment via «\u00a0Préférences cookies\u00a0».',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    manage: 'Gérer les préférences',
    close: 'Fermer et refuser les cookies facultatifs',
    policy: 'Politique de confidentialité',
  },
  modal: {
    title: 'Préférences cookies',
    description:
      'Choisissez les cookies facultatifs que nous pouvons utiliser. Les cookies strictement nécessaires font fonctionner le site et restent toujours actifs. Votre choix s\u2019applique jusqu\u2019à ce que vous le modifiiez ici.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    save: 'Enregistrer les préférences',
    close: 'Fermer sans enregistrer',
    alwaysOn: 'Toujours actifs',
    services: 'Services',
    cookieName: 'Cookie',
    cookieProvider: 'Fournisseur',
    cookiePurpose: 'Finalité',
    cookieDuration: 'Durée',
    provider: 'Fournisseur',
    saved: 'Vos préférences cookies sont enregistrées.',
  },
  reopen: 'Préférences cookies',
  placeholder: {
    title: 'Contenu de {service}',
    text: 'Ce contenu est fourni par {service}, qui peut déposer des cookies ({category}). Il ne se charge qu\u2019avec votre accord.',
    allow: 'Autoriser {service}',
    once: 'Charger cette fois seulement',
    preferences: 'Préférences cookies',
  },
  gpc: 'Votre navigateur envoie un signal Global Privacy Control\u00a0: les catégories {categories} restent donc désactivées, sauf si vous les activez vous-même ici.',
  notice: {
    title: 'Les cookies de ce site',
    optOut:
      '{controller} utilise des cookies et des technologies similaires pour des statistiques, pour retenir vos réglages, pour la publicité et pour les fonctions de réseaux sociaux. Vous pouvez les refuser à tout moment, y compris la vente ou le partage de vos données personnelles, sous «\u00a0Vos choix de confidentialité\u00a0».',
    info: '{controller} utilise des cookies et des technologies similaires pour des statistiques, pour retenir vos réglages, pour la publicité et pour les fonctions de réseaux sociaux. Vous pouvez voir lesquels sous «\u00a0Préférences cookies\u00a0».',
    dismiss: 'OK',
    choices: 'Vos choix de confidentialité',
  },
  categories: {
    necessary: {
      title: 'Strictement nécessaires',
      description:
        'Indispensables au fonctionnement du site, par exemple pour garder votre session ouverte, conserver votre panier ou retenir ce choix. Ils ne peuvent pas être désactivés.',
    },
    performance: {
      title: 'Mesure d\u2019audience',
      description:
        'Comptent les visites et montrent comment les pages sont utilisées, par exemple avec Google Analytics, afin de corriger les problèmes et d\u2019améliorer le site. Les statistiques sont agrégées.',
    },
    functionality: {
      title: 'Fonctionnalités',
      description:
        'Retiennent les réglages que vous choisissez, comme votre pays, votre langue ou vos filtres de recherche, pour que le site s\u2019y adapte lors de votre prochaine visite.',
    },
    targeting: {
      title: 'Publicité ciblée',
      description:
        'Déposés par des régies publicitaires pour afficher des annonces adaptées à vos centres d\u2019intérêt, limiter la répétition d\u2019une même annonce et mesurer les campagnes, y compris sur d\u2019autres sites.',
    },
    social: {
      title: 'Réseaux sociaux',
      description:
        'Permettent de partager des pages et de voir des publications ou vidéos intégrées. Les réseaux sociaux déposent ces cookies et traitent les données selon leurs propres règles.',
    },
  },
};

export default fr;
