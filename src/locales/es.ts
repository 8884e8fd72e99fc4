import type { Texts } from '../core/types';

/** Spanish texts, written for cookiegate. */
const es: Texts = {
  banner: {
    title: 'Su elección sobre las cookies',
    description:
      '{controller} quiere usar cookies y tecnologías similares para estadísticas, para recordar sus ajustes, para publicidad y para funciones de redes sociales. Son opcionales: el sitio funciona sin ellas. Puede aceptarlas todas, rechazarlas todas o elegir por finalidad, y cambiar de opinión cuando quiera en «Preferencias de cookies».',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    manage: 'Gestionar preferencias',
    close: 'Cerrar y rechazar las cookies opcionales',
    policy: 'Política de privacidad',
  },
  modal: {
    title: 'Preferencias de cookies',
    description:
      'Elija qué cookies opcionales podemos usar. Las cookies estrictamente necesarias hacen que el sitio funcione y están siempre activas. Su elección vale hasta que la cambie aquí.',
    acceptAll: 'Aceptar todo',
    rejectAll: 'Rechazar todo',
    save: 'Guardar preferencias',
    close: 'Cerrar sin guardar',
    alwaysOn: 'Siempre activas',
    services: 'Servicios',
    cookieName: 'Cookie',
    cookieProvider: 'Proveedor',
    cookiePurpose: 'Finalidad',
    cookieDuration: 'Duración',
    provider: 'Proveedor',
    saved: 'Sus preferencias de cookies se han guardado.',
  },
  reopen: 'Preferencias de cookies',
  placeholder: {
    title: 'Contenido de {service}',
    text: 'Este contenido lo aloja {service}, que puede instalar cookies ({category}). Solo se carga con su permiso.',
    allow: 'Permitir {service}',
    once: 'Cargar solo esta vez',
    preferences: 'Preferencias de cookies',
  },
  gpc: 'Su navegador envió una señal Global Privacy Control, así que las categorías {categories} siguen desactivadas salvo que usted mismo las active aquí.',
  notice: {
    title: 'Cookies en este sitio',
    optOut:
      '{controller} usa cookies y tecnologías similares para estadísticas, para recordar sus ajustes, para publicidad y para funciones de redes sociales. Puede excluirse de cualquiera de ellas en todo momento, incluida la venta o el intercambio de su información personal, en «Sus opciones de privacidad».',
    info: '{controller} usa cookies y tecnologías similares para estadísticas, para recordar sus ajustes, para publicidad y para funciones de redes sociales. Puede ver cuáles en «Preferencias de cookies».',
    dismiss: 'Aceptar',
    choices: 'Sus opciones de privacidad',
  },
  categories: {
    necessary: {
      title: 'Estrictamente necesarias',
      description:
        'Imprescindibles para que el sitio funcione, por ejemplo para mantener su sesión iniciada, conservar su cesta o recordar esta elección. No se pueden desactivar.',
    },
    performance: {
      title: 'Rendimiento',
      description:
        'Cuentan las visitas y muestran cómo se usan las páginas, por ejemplo con Google Analytics, para corregir problemas y mejorar el sitio. Los informes son agregados.',
    },
    functionality: {
      title: 'Funcionalidad',
      description: 'Recuerdan los ajustes que elige, como país, idioma o filtros de búsqueda, para que el sitio los tenga en cuenta en su próxima visita.',
    },
    targeting: {
      title: 'Segmentación y publicidad',
      description:
        'Las instalan redes publicitarias para mostrar anuncios acordes a sus intereses, limitar cuántas veces ve un anuncio y medir campañas, también en otros sitios.',
    },
    social: {
      title: 'Redes sociales',
      description:
        'Le permiten compartir páginas y ver o leer publicaciones y vídeos insertados. Las redes sociales las instalan y tratan los datos según sus propias políticas.',
    },
  },
};

export default es;
