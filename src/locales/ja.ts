import type { Texts } from '../core/types';

/** Japanese texts, written for cookiegate. */
const ja: Texts = {
  banner: {
    title: 'Cookieについての選択',
    description:
      '{controller}は、統計、設定の保存、広告、ソーシャルメディア機能のために、Cookieや類似の技術を使用したいと考えています。これらは任意です。使用しなくてもサイトは動作します。すべて許可、すべて拒否、または目的ごとに選ぶことができ、「Cookie設定」からいつでも変更できます。',
    acceptAll: 'すべて許可',
    rejectAll: 'すべて拒否',
    manage: '設定を管理',
    close: '閉じて任意のCookieを拒否',
    policy: 'プライバシーポリシー',
  },
  modal: {
    title: 'Cookie設定',
    description: '使用してよい任意のCookieを選んでください。必須のCookieはサイトの動作に必要で、常に有効です。選択はここで変更するまで有効です。',
    acceptAll: 'すべて許可',
    rejectAll: 'すべて拒否',
    save: '設定を保存',
    close: '保存せずに閉じる',
    alwaysOn: '常に有効',
    services: 'サービス',
    cookieName: 'Cookie',
    cookieProvider: '提供元',
    cookiePurpose: '目的',
    cookieDuration: '保存期間',
    provider: '提供元',
    saved: 'Cookie設定を保存しました。',
  },
  reopen: 'Cookie設定',
  placeholder: {
    title: '{service}のコンテンツ',
    text: 'このコンテンツは{service}が提供しており、Cookieが設定されることがあります（{category}）。許可した場合にのみ読み込まれます。',
    allow: '{service}を許可',
    once: '今回のみ読み込む',
    preferences: 'Cookie設定',
  },
  gpc: 'ブラウザからGlobal Privacy Controlのシグナルが送信されたため、{categories}はここでご自身でオンにしない限りオフのままです。',
  notice: {
    title: 'このサイトのCookie',
    optOut:
      '{controller}は、統計、設定の保存、広告、ソーシャルメディア機能のために、Cookieや類似の技術を使用しています。個人情報の販売や共有を含め、いずれも「プライバシーの選択」からいつでもオプトアウトできます。',
    info: '{controller}は、統計、設定の保存、広告、ソーシャルメディア機能のために、Cookieや類似の技術を使用しています。詳細は「Cookie設定」で確認できます。',
    dismiss: 'OK',
    choices: 'プライバシーの選択',
  },
  categories: {
    necessary: {
      title: '必須',
      description: 'サイトの動作に必要です。たとえばログイン状態の維持、カートの保持、この選択の記憶に使われます。オフにはできません。',
    },
    performance: {
      title: 'パフォーマンス',
      description: '訪問数を数え、ページの使われ方を把握します（Google Analyticsなど）。問題の修正やサイトの改善に使い、レポートは集計されたものです。',
    },
    functionality: {
      title: '機能',
      description: '国、言語、検索条件など、選んだ設定を記憶し、次回の訪問時に反映します。',
    },
    targeting: {
      title: 'ターゲティングと広告',
      description: '広告ネットワークが設定し、興味に合った広告の表示、同じ広告の表示回数の制限、キャンペーンの効果測定に使います。他のサイトでも使われます。',
    },
    social: {
      title: 'ソーシャルメディア',
      description: 'ページの共有や、埋め込まれた投稿・動画の閲覧を可能にします。ソーシャルネットワークが設定し、各社のポリシーに従ってデータを扱います。',
    },
  },
};

export default ja;
