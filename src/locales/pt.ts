import type { Texts } from '../core/types';

/** Portuguese (Portugal) texts, written for cookiegate. */
const pt: Texts = {
  banner: {
    title: 'A sua escolha sobre cookies',
    description:
      '{controller} gostaria de utilizar cookies e tecnologias semelhantes para estatísticas, para memorizar as suas definições, para publicidade e para funcionalidades de redes sociais. São opcionais: o site funciona sem eles. Pode aceitar todos, rejeitar todos ou escolher por finalidade, e mudar de ideias a qualquer momento em «Preferências de cookies».',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    manage: 'Gerir preferências',
    close: 'Fechar e rejeitar os cookies opcionais',
    policy: 'Política de privacidade',
  },
  modal: {
    title: 'Preferências de cookies',
    description:
      'Escolha que cookies opcionais podemos utilizar. Os cookies estritamente necessários mantêm o site a funcionar e estão sempre ativos. A sua escolha aplica-se até a alterar aqui.',
    acceptAll: 'Aceitar todos',
    rejectAll: 'Rejeitar todos',
    save: 'Guardar preferências',
    close: 'Fechar sem guardar',
    alwaysOn: 'Sempre ativos',
    services: 'Serviços',
    cookieName: 'Cookie',
    cookieProvider: 'Fornecedor',
    cookiePurpose: 'Finalidade',
    cookieDuration: 'Duração',
    provider: 'Fornecedor',
    saved: 'As suas preferências de cookies foram guardadas.',
  },
  reopen: 'Preferências de cookies',
  placeholder: {
    title: 'Conteúdo de {service}',
    text: 'Este conteúdo está alojado em {service}, que pode definir cookies ({category}). Só é carregado com a sua autorização.',
    allow: 'Permitir {service}',
    once: 'Carregar só desta vez',
    preferences: 'Preferências de cookies',
  },
  gpc: 'O seu navegador enviou um sinal Global Privacy Control, por isso as categorias {categories} ficam desativadas, a menos que as ative aqui.',
  notice: {
    title: 'Cookies neste site',
    optOut:
      '{controller} utiliza cookies e tecnologias semelhantes para estatísticas, para memorizar as suas definições, para publicidade e para funcionalidades de redes sociais. Pode opor-se a qualquer um deles a qualquer momento, incluindo à venda ou partilha dos seus dados pessoais, em «As suas escolhas de privacidade».',
    info: '{controller} utiliza cookies e tecnologias semelhantes para estatísticas, para memorizar as suas definições, para publicidade e para funcionalidades de redes sociais. Pode ver quais em «Preferências de cookies».',
    dismiss: 'OK',
    choices: 'As suas escolhas de privacidade',
  },
  categories: {
    necessary: {
      title: 'Estritamente necessários',
      description:
        'Necessários para o site funcionar, por exemplo para manter a sessão iniciada, guardar o cesto de compras ou lembrar esta escolha. Não podem ser desativados.',
    },
    performance: {
      title: 'Desempenho',
      description:
        'Contam as visitas e mostram como as páginas são usadas, por exemplo com o Google Analytics, para corrigirmos problemas e melhorarmos o site. Os relatórios são agregados.',
    },
    functionality: {
      title: 'Funcionalidade',
      description: 'Memorizam definições que escolhe, como país, idioma ou filtros de pesquisa, para que o site as tenha em conta na sua próxima visita.',
    },
    targeting: {
      title: 'Segmentação e publicidade',
      description:
        'Definidos por redes de publicidade para mostrar anúncios adequados aos seus interesses, limitar quantas vezes vê um anúncio e medir campanhas, também noutros sites.',
    },
    social: {
      title: 'Redes sociais',
      description:
        'Permitem partilhar páginas e ver ou ler publicações e vídeos incorporados. As redes sociais definem-nos e tratam os dados segundo as suas próprias políticas.',
    },
  },
};

export default pt;
