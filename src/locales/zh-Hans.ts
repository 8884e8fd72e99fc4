import type { Texts } from '../core/types';

/** Chinese (Simplified) texts, written for cookiegate. */
const zhHans: Texts = {
  banner: {
    title: '您对 Cookie 的选择',
    description:
      '{controller} 希望使用 Cookie 及类似技术，用于统计、记住您的设置、广告和社交媒体功能。这些都是可选的：不使用它们，网站也能正常运行。您可以全部接受、全部拒绝或按用途选择，并可随时在“Cookie 偏好设置”中更改。',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    manage: '管理偏好设置',
    close: '关闭并拒绝可选 Cookie',
    policy: '隐私政策',
  },
  modal: {
    title: 'Cookie 偏好设置',
    description: '请选择我们可以使用哪些可选 Cookie。绝对必要的 Cookie 用于维持网站运行，始终开启。您的选择在您于此处更改之前一直有效。',
    acceptAll: '全部接受',
    rejectAll: '全部拒绝',
    save: '保存偏好设置',
    close: '关闭且不保存',
    alwaysOn: '始终开启',
    services: '服务',
    cookieName: 'Cookie',
    cookieProvider: '提供方',
    cookiePurpose: '用途',
    cookieDuration: '有效期',
    provider: '提供方',
    saved: '您的 Cookie 偏好设置已保存。',
  },
  reopen: 'Cookie 偏好设置',
  placeholder: {
    title: '来自 {service} 的内容',
    text: '此内容由 {service} 托管，它可能会设置 Cookie（{category}）。只有在您允许后才会加载。',
    allow: '允许 {service}',
    once: '仅本次加载',
    preferences: 'Cookie 偏好设置',
  },
  gpc: '您的浏览器发送了 Global Privacy Control 信号，因此 {categories} 类别保持关闭，除非您自己在此开启。',
  notice: {
    title: '本网站的 Cookie',
    optOut:
      '{controller} 使用 Cookie 及类似技术，用于统计、记住您的设置、广告和社交媒体功能。您可随时在“您的隐私选择”中选择退出其中任何一项，包括出售或共享您的个人信息。',
    info: '{controller} 使用 Cookie 及类似技术，用于统计、记住您的设置、广告和社交媒体功能。具体是哪些，可在“Cookie 偏好设置”中查看。',
    dismiss: '确定',
    choices: '您的隐私选择',
  },
  categories: {
    necessary: {
      title: '绝对必要',
      description: '网站运行所必需，例如保持登录、保留购物车或记住此项选择。无法关闭。',
    },
    performance: {
      title: '性能',
      description: '统计访问量并显示页面的使用情况（例如通过 Google Analytics），以便我们修复问题、改进网站。报告为汇总数据。',
    },
    functionality: {
      title: '功能',
      description: '记住您选择的设置，例如国家、语言或搜索筛选条件，以便网站在您下次访问时沿用。',
    },
    targeting: {
      title: '定向与广告',
      description: '由广告网络设置，用于展示符合您兴趣的广告、限制同一广告的展示次数并衡量广告活动，在其他网站上也会使用。',
    },
    social: {
      title: '社交媒体',
      description: '让您可以分享页面，并观看或阅读嵌入的帖子和视频。社交网络设置这些 Cookie，并按其自身政策处理数据。',
    },
  },
};

export default zhHans;
