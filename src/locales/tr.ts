import type { Texts } from '../core/types';

/** Turkish texts, written for cookiegate. */
const tr: Texts = {
  banner: {
    title: 'Çerezlerle ilgili tercihiniz',
    description:
      '{controller}, istatistik, ayarlarınızı hatırlama, reklam ve sosyal medya özellikleri için çerezler ve benzeri teknolojiler kullanmak istiyor. Bunlar isteğe bağlıdır: site onlar olmadan da çalışır. Tümünü kabul edebilir, tümünü reddedebilir ya da amaca göre seçebilir ve fikrinizi istediğiniz zaman “Çerez tercihleri” altından değiştirebilirsiniz.',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    manage: 'Tercihleri yönet',
    close: 'Kapat ve isteğe bağlı çerezleri reddet',
    policy: 'Gizlilik politikası',
  },
  modal: {
    title: 'Çerez tercihleri',
    description:
      'Hangi isteğe bağlı çerezleri kullanabileceğimizi seçin. Kesinlikle gerekli çerezler sitenin çalışmasını sağlar ve her zaman açıktır. Seçiminiz, burada değiştirene kadar geçerlidir.',
    acceptAll: 'Tümünü kabul et',
    rejectAll: 'Tümünü reddet',
    save: 'Tercihleri kaydet',
    close: 'Kaydetmeden kapat',
    alwaysOn: 'Her zaman açık',
    services: 'Hizmetler',
    cookieName: 'Çerez',
    cookieProvider: 'Sağlayıcı',
    cookiePurpose: 'Amaç',
    cookieDuration: 'Süre',
    provider: 'Sağlayıcı',
    saved: 'Çerez tercihleriniz kaydedildi.',
  },
  reopen: 'Çerez tercihleri',
  placeholder: {
    title: '{service} içeriği',
    text: 'Bu içerik {service} tarafından sunulur ve çerez yerleştirebilir ({category}). Yalnızca izninizle yüklenir.',
    allow: '{service} için izin ver',
    once: 'Yalnızca bu kez yükle',
    preferences: 'Çerez tercihleri',
  },
  gpc: 'Tarayıcınız bir Global Privacy Control sinyali gönderdi; bu yüzden {categories} kategorileri, siz burada açmadıkça kapalı kalır.',
  notice: {
    title: 'Bu sitedeki çerezler',
    optOut:
      '{controller}, istatistik, ayarlarınızı hatırlama, reklam ve sosyal medya özellikleri için çerezler ve benzeri teknolojiler kullanır. Kişisel bilgilerinizin satışı veya paylaşımı dahil, bunlardan herhangi birini istediğiniz zaman “Gizlilik tercihleriniz” altından reddedebilirsiniz.',
    info: '{controller}, istatistik, ayarlarınızı hatırlama, reklam ve sosyal medya özellikleri için çerezler ve benzeri teknolojiler kullanır. Hangilerinin kullanıldığını “Çerez tercihleri” altında görebilirsiniz.',
    dismiss: 'Tamam',
    choices: 'Gizlilik tercihleriniz',
  },
  categories: {
    necessary: {
      title: 'Kesinlikle gerekli',
      description: 'Sitenin çalışması için gereklidir; örneğin oturumunuzu açık tutmak, sepetinizi saklamak veya bu seçimi hatırlamak için. Kapatılamazlar.',
    },
    performance: {
      title: 'Performans',
      description:
        'Ziyaretleri sayar ve sayfaların nasıl kullanıldığını gösterir, örneğin Google Analytics ile; böylece sorunları giderip siteyi iyileştirebiliriz. Raporlar toplu hâldedir.',
    },
    functionality: {
      title: 'İşlevsellik',
      description: 'Seçtiğiniz ülke, dil veya arama filtreleri gibi ayarları hatırlar; böylece site bir sonraki ziyaretinizde bunları dikkate alır.',
    },
    targeting: {
      title: 'Hedefleme ve reklam',
      description:
        'Reklam ağları tarafından, ilgi alanlarınıza uygun reklamlar göstermek, aynı reklamı ne sıklıkla gördüğünüzü sınırlamak ve kampanyaları ölçmek için, başka sitelerde de yerleştirilir.',
    },
    social: {
      title: 'Sosyal medya',
      description:
        'Sayfaları paylaşmanızı ve yerleştirilmiş gönderileri ve videoları izlemenizi ya da okumanızı sağlar. Sosyal ağlar bunları yerleştirir ve verileri kendi kurallarına göre işler.',
    },
  },
};

export default tr;
