import type { Texts } from '../core/types';

/** Korean texts, written for cookiegate. */
const ko: Texts = {
  banner: {
    title: '쿠키에 대한 선택',
    description:
      '{controller}은(는) 통계, 설정 기억, 광고, 소셜 미디어 기능을 위해 쿠키 및 유사한 기술을 사용하고자 합니다. 이는 선택 사항이며, 사용하지 않아도 사이트는 작동합니다. 모두 허용하거나 모두 거부하거나 목적별로 선택할 수 있으며, 언제든지 ‘쿠키 설정’에서 바꿀 수 있습니다.',
    acceptAll: '모두 허용',
    rejectAll: '모두 거부',
    manage: '설정 관리',
    close: '닫고 선택 쿠키 거부',
    policy: '개인정보 처리방침',
  },
  modal: {
    title: '쿠키 설정',
    description: '사용해도 되는 선택 쿠키를 고르세요. 필수 쿠키는 사이트 작동에 필요하며 항상 켜져 있습니다. 선택은 여기서 바꿀 때까지 유지됩니다.',
    acceptAll: '모두 허용',
    rejectAll: '모두 거부',
    save: '설정 저장',
    close: '저장하지 않고 닫기',
    alwaysOn: '항상 켜짐',
    services: '서비스',
    cookieName: '쿠키',
    cookieProvider: '제공자',
    cookiePurpose: '목적',
    cookieDuration: '보관 기간',
    provider: '제공자',
    saved: '쿠키 설정이 저장되었습니다.',
  },
  reopen: '쿠키 설정',
  placeholder: {
    title: '{service} 콘텐츠',
    text: '이 콘텐츠는 {service}에서 제공하며 쿠키를 설정할 수 있습니다({category}). 허용한 경우에만 불러옵니다.',
    allow: '{service} 허용',
    once: '이번만 불러오기',
    preferences: '쿠키 설정',
  },
  gpc: '브라우저가 Global Privacy Control 신호를 보냈으므로, 여기서 직접 켜지 않는 한 {categories} 범주는 꺼진 상태로 유지됩니다.',
  notice: {
    title: '이 사이트의 쿠키',
    optOut:
      '{controller}은(는) 통계, 설정 기억, 광고, 소셜 미디어 기능을 위해 쿠키 및 유사한 기술을 사용합니다. 개인정보의 판매 또는 공유를 포함해 언제든지 ‘개인정보 선택’에서 원하는 항목을 거부할 수 있습니다.',
    info: '{controller}은(는) 통계, 설정 기억, 광고, 소셜 미디어 기능을 위해 쿠키 및 유사한 기술을 사용합니다. 자세한 내용은 ‘쿠키 설정’에서 볼 수 있습니다.',
    dismiss: '확인',
    choices: '개인정보 선택',
  },
  categories: {
    necessary: {
      title: '필수',
      description: '사이트 작동에 필요합니다. 예를 들어 로그인 유지, 장바구니 보관, 이 선택의 기억에 쓰입니다. 끌 수 없습니다.',
    },
    performance: {
      title: '성능',
      description:
        '방문 수를 세고 페이지 이용 방식을 보여 줍니다(예: Google Analytics). 문제를 고치고 사이트를 개선하는 데 쓰이며, 보고서는 집계된 형태입니다.',
    },
    functionality: {
      title: '기능',
      description: '국가, 언어, 검색 필터 등 선택한 설정을 기억해 다음 방문 때 반영합니다.',
    },
    targeting: {
      title: '타기팅 및 광고',
      description: '광고 네트워크가 설정하며, 관심사에 맞는 광고 표시, 같은 광고의 노출 횟수 제한, 캠페인 측정에 쓰입니다. 다른 사이트에서도 쓰입니다.',
    },
    social: {
      title: '소셜 미디어',
      description: '페이지 공유와 삽입된 게시물·동영상 보기를 가능하게 합니다. 소셜 네트워크가 설정하며 자체 정책에 따라 데이터를 처리합니다.',
    },
  },
};

export default ko;
