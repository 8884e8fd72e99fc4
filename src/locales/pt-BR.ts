import type { Texts } from '../core/types';

/** Brazilian Portuguese texts, written for cookiegate. */
const ptBR: Texts = {
  banner: {
    title: 'Sua escolha sobre cookies',
    description:
      '{controller} gostaria de usar cookies e tecnologias semelhantes para estatísticas, para lembrar suas configurações, para publicidade e para recursos de redes sociais. Eles são opcionais: o site funciona sem eles. Você pode aceitar todos, rejeitar todos ou escolher por finalidade, e mudar de ideia quando quiser em “Preferências de cookies”.',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    manage: 'Gerenciar preferências',
    close: 'Fechar e rejeitar os cookies opcionais',
    policy: 'Política de privacidade',
  },
  modal: {
    title: 'Preferências de cookies',
    description:
      'Escolha quais cookies opcionais podemos usar. Os cookies estritamente necessários mantêm o site funcionando e ficam sempre ativos. Sua escolha vale até você mudá-la aqui.',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    save: 'Salvar preferências',
    close: 'Fechar sem salvar',
    alwaysOn: 'Sempre ativos',
    services: 'Serviços',
    cookieName: 'Cookie',
    cookieProvider: 'Provedor',
    cookiePurpose: 'Finalidade',
    cookieDuration: 'Validade',
    provider: 'Provedor',
    saved: 'Suas preferências de cookies foram salvas.',
  },
  reopen: 'Preferências de cookies',
  placeholder: {
    title: 'Conteúdo de {service}',
    text: 'Este conteúdo é hospedado por {service}, que pode definir cookies ({category}). Ele só carrega com a sua permissão.',
    allow: 'Permitir {service}',
    once: 'Carregar só desta vez',
    preferences: 'Preferências de cookies',
  },
  gpc: 'Seu navegador enviou um sinal Global Privacy Control, então as categorias {categories} ficam desativadas, a menos que você mesmo as ative aqui.',
  notice: {
    title: 'Cookies neste site',
    optOut:
      '{controller} usa cookies e tecnologias semelhantes para estatísticas, para lembrar suas configurações, para publicidade e para recursos de redes sociais. Você pode recusar qualquer um deles a qualquer momento, inclusive a venda ou o compartilhamento dos seus dados pessoais, em “Suas escolhas de privacidade”.',
    info: '{controller} usa cookies e tecnologias semelhantes para estatísticas, para lembrar suas configurações, para publicidade e para recursos de redes sociais. Veja quais em “Preferências de cookies”.',
    dismiss: 'OK',
    choices: 'Suas escolhas de privacidade',
  },
  categories: {
    necessary: {
      title: 'Estritamente necessários',
      description:
        'Necessários para o site funcionar, por exemplo para manter você conectado, guardar seu carrinho ou lembrar esta escolha. Não podem ser desativados.',
    },
    performance: {
      title: 'Performance',
      description:
        'Contabilizam acessos e mostram como as páginas são utilizadas, como no Google Analytics, para que possamos corrigir falhas e melhorar o site. Os relatórios são consolidados.',
    },
    functionality: {
      title: 'Funcionalidade',
      description: 'Lembram configurações que você escolhe, como país, idioma ou filtros de busca, para que o site as considere na sua próxima visita.',
    },
    targeting: {
      title: 'Publicidade direcionada',
      description:
        'Definidos por redes de anúncios para mostrar anúncios de acordo com seus interesses, limitar quantas vezes você vê um anúncio e medir campanhas, também em outros sites.',
    },
    social: {
      title: 'Redes sociais',
      description:
        'Permitem compartilhar páginas e ver ou ler publicações e vídeos incorporados. As redes sociais os definem e tratam os dados conforme suas próprias políticas.',
    },
  },
};

export default ptBR;
