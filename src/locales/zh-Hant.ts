import type { Texts } from '../core/types';

/** Chinese (Traditional) texts, written for cookiegate. */
const zhHant: Texts = {
  banner: {
    title: '您對 Cookie 的選擇',
    description:
      '{controller} 希望使用 Cookie 及類似技術，用於統計、記住您的設定、廣告和社群媒體功能。這些都是選用的：不使用它們，網站也能正常運作。您可以全部接受、全部拒絕或依用途選擇，並可隨時在「Cookie 偏好設定」中變更。',
    acceptAll: '全部接受',
    rejectAll: '全部拒絕',
    manage: '管理偏好設定',
    close: '關閉並拒絕選用 Cookie',
    policy: '隱私權政策',
  },
  modal: {
    title: 'Cookie 偏好設定',
    description: '請選擇我們可以使用哪些選用 Cookie。絕對必要的 Cookie 用於維持網站運作，一律開啟。您的選擇在您於此處變更前持續有效。',
    acceptAll: '全部接受',
    rejectAll: '全部拒絕',
    save: '儲存偏好設定',
    close: '關閉且不儲存',
    alwaysOn: '一律開啟',
    services: '服務',
    cookieName: 'Cookie',
    cookieProvider: '提供者',
    cookiePurpose: '用途',
    cookieDuration: '有效期間',
    provider: '提供者',
    saved: '您的 Cookie 偏好設定已儲存。',
  },
  reopen: 'Cookie 偏好設定',
  placeholder: {
    title: '來自 {service} 的內容',
    text: '此內容由 {service} 託管，它可能會設定 Cookie（{category}）。只有在您允許後才會載入。',
    allow: '允許 {service}',
    once: '僅載入這一次',
    preferences: 'Cookie 偏好設定',
  },
  gpc: '您的瀏覽器傳送了 Global Privacy Control 訊號，因此 {categories} 類別維持關閉，除非您自行在此開啟。',
  notice: {
    title: '本網站的 Cookie',
    optOut:
      '{controller} 使用 Cookie 及類似技術，用於統計、記住您的設定、廣告和社群媒體功能。您可隨時在「您的隱私權選擇」中選擇退出其中任何一項，包括出售或分享您的個人資訊。',
    info: '{controller} 使用 Cookie 及類似技術，用於統計、記住您的設定、廣告和社群媒體功能。具體是哪些，可在「Cookie 偏好設定」中查看。',
    dismiss: '確定',
    choices: '您的隱私權選擇',
  },
  categories: {
    necessary: {
      title: '絕對必要',
      description: '網站運作所必需，例如保持登入、保留購物車或記住此項選擇。無法關閉。',
    },
    performance: {
      title: '效能',
      description: '計算造訪次數並顯示頁面的使用情形（例如透過 Google Analytics），以便我們修正問題、改善網站。報告為彙總資料。',
    },
    functionality: {
      title: '功能',
      description: '記住您選擇的設定，例如國家、語言或搜尋篩選條件，讓網站在您下次造訪時沿用。',
    },
    targeting: {
      title: '目標設定與廣告',
      description: '由廣告聯播網設定，用於顯示符合您興趣的廣告、限制同一廣告的顯示次數並評估廣告活動，在其他網站上也會使用。',
    },
    social: {
      title: '社群媒體',
      description: '讓您可以分享頁面，並觀看或閱讀嵌入的貼文和影片。社群網路設定這些 Cookie，並依其自身政策處理資料。',
    },
  },
};

export default zhHant;
