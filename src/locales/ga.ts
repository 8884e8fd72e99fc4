import type { Texts } from '../core/types';

/** Irish texts, written for cookiegate. */
const ga: Texts = {
  banner: {
    title: 'Do rogha maidir le fianáin',
    description:
      'Ba mhaith le {controller} fianáin agus teicneolaíocht chosúil a úsáid le haghaidh staitisticí, chun do shocruithe a mheabhrú, le haghaidh fógraíochta agus le haghaidh gnéithe meán sóisialta. Is roghnach iad: oibríonn an suíomh gan iad. Is féidir leat glacadh leo go léir, iad go léir a dhiúltú nó rogha a dhéanamh de réir cuspóra, agus d’intinn a athrú am ar bith faoi “Roghanna fianán”.',
    acceptAll: 'Glac le gach ceann',
    rejectAll: 'Diúltaigh do gach ceann',
    manage: 'Bainistigh roghanna',
    close: 'Dún agus diúltaigh do na fianáin roghnacha',
    policy: 'Beartas príobháideachais',
  },
  modal: {
    title: 'Roghanna fianán',
    description:
      'Roghnaigh cé na fianáin roghnacha is féidir linn a úsáid. Coinníonn fianáin atá fíor-riachtanach an suíomh ag obair agus bíonn siad ar siúl i gcónaí. Tá do rogha i bhfeidhm go dtí go n-athraíonn tú anseo é.',
    acceptAll: 'Glac le gach ceann',
    rejectAll: 'Diúltaigh do gach ceann',
    save: 'Sábháil roghanna',
    close: 'Dún gan sábháil',
    alwaysOn: 'Ar siúl i gcónaí',
    services: 'Seirbhísí',
    cookieName: 'Fianán',
    cookieProvider: 'Soláthraí',
    cookiePurpose: 'Cuspóir',
    cookieDuration: 'Fad',
    provider: 'Soláthraí',
    saved: 'Sábháladh do roghanna fianán.',
  },
  reopen: 'Roghanna fianán',
  placeholder: {
    title: 'Ábhar ó {service}',
    text: 'Is é {service} a óstálann an t-ábhar seo, agus féadfaidh sé fianáin a shocrú ({category}). Ní lódáiltear é ach le do chead.',
    allow: 'Ceadaigh {service}',
    once: 'Lódáil an uair seo amháin',
    preferences: 'Roghanna fianán',
  },
  gpc: 'Sheol do bhrabhsálaí comhartha Global Privacy Control, mar sin fanann na catagóirí {categories} múchta mura gcuireann tú féin ar siúl anseo iad.',
  notice: {
    title: 'Fianáin ar an suíomh seo',
    optOut:
      'Úsáideann {controller} fianáin agus teicneolaíocht chosúil le haghaidh staitisticí, chun do shocruithe a mheabhrú, le haghaidh fógraíochta agus le haghaidh gnéithe meán sóisialta. Is féidir leat diúltú d’aon cheann acu am ar bith, lena n-áirítear díol nó comhroinnt do shonraí pearsanta, faoi “Do roghanna príobháideachais”.',
    info: 'Úsáideann {controller} fianáin agus teicneolaíocht chosúil le haghaidh staitisticí, chun do shocruithe a mheabhrú, le haghaidh fógraíochta agus le haghaidh gnéithe meán sóisialta. Feicfidh tú cé acu faoi “Roghanna fianán”.',
    dismiss: 'OK',
    choices: 'Do roghanna príobháideachais',
  },
  categories: {
    necessary: {
      title: 'Fíor-riachtanach',
      description:
        'Teastaíonn siad chun go n-oibreoidh an suíomh, mar shampla chun tú a choinneáil logáilte isteach, do chiseán a choinneáil nó an rogha seo a mheabhrú. Ní féidir iad a mhúchadh.',
    },
    performance: {
      title: 'Feidhmíocht',
      description:
        'Comhaireann siad cuairteanna agus taispeánann siad conas a úsáidtear leathanaigh, mar shampla le Google Analytics, ionas gur féidir linn fadhbanna a réiteach agus an suíomh a fheabhsú. Tuairiscí comhiomlána atá iontu.',
    },
    functionality: {
      title: 'Feidhmiúlacht',
      description:
        'Meabhraíonn siad socruithe a roghnaíonn tú, mar shampla tír, teanga nó scagairí cuardaigh, ionas go gcuirfidh an suíomh san áireamh iad ar do chéad chuairt eile.',
    },
    targeting: {
      title: 'Spriocdhíriú agus fógraíocht',
      description:
        'Socraíonn líonraí fógraíochta iad chun fógraí a thaispeáint a oireann do do spéiseanna, chun teorainn a chur le líon na n-uaireanta a fheiceann tú fógra agus chun feachtais a thomhas, ar shuímh eile freisin.',
    },
    social: {
      title: 'Meáin shóisialta',
      description:
        'Ligeann siad duit leathanaigh a roinnt agus féachaint ar phostálacha agus físeáin leabaithe nó iad a léamh. Socraíonn na líonraí sóisialta iad agus láimhseálann siad na sonraí faoina mbeartais féin.',
    },
  },
};

export default ga;
