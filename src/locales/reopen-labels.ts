// Generated from src/locales/<code>.ts and src/core/texts/texts-en.ts by rollup.config.mjs (gateLabels) at every
// build: edit those files, not this.

/** Codes of the shipped locales besides English (built in): one file each, `src/locales/<code>.ts`. */
export const LOCALE_CODES: readonly string[] = ["ar","bg","cs","da","de","el","es","et","fi","fr","ga","he","hr","hu","is","it","ja","ko","lt","lv","mt","nb","nl","pl","pt","pt-BR","ro","sk","sl","sv","tr","uk","zh-Hans","zh-Hant"];

/**
 * Per language (English and each shipped locale), the two labels the gate shows before any texts are fetched: the
 * re-open control's (`reopen`) and the opt-out link's (`notice.choices`). Both are on every page with a stored
 * choice or under an opt-out regime, and a returning visitor's page view loads nothing but the gate, so they ride in it.
 */
export const GATE_LABELS: Record<string, readonly [reopen: string, choices: string]> = {
  "en": ["Cookie preferences","Your Privacy Choices"],
  "ar": ["تفضيلات ملفات الارتباط","خيارات الخصوصية"],
  "bg": ["Настройки за бисквитки","Вашите избори за поверителност"],
  "cs": ["Nastavení cookies","Vaše volby soukromí"],
  "da": ["Cookieindstillinger","Dine privatlivsvalg"],
  "de": ["Cookie-Einstellungen","Ihre Datenschutzoptionen"],
  "el": ["Προτιμήσεις cookies","Οι επιλογές απορρήτου σας"],
  "es": ["Preferencias de cookies","Sus opciones de privacidad"],
  "et": ["Küpsiste seaded","Teie privaatsusvalikud"],
  "fi": ["Evästeasetukset","Tietosuojavalintasi"],
  "fr": ["Préférences cookies","Vos choix de confidentialité"],
  "ga": ["Roghanna fianán","Do roghanna príobháideachais"],
  "he": ["העדפות Cookie","אפשרויות הפרטיות שלך"],
  "hr": ["Postavke kolačića","Vaši izbori privatnosti"],
  "hu": ["Süti-beállítások","Adatvédelmi döntései"],
  "is": ["Kökustillingar","Persónuverndarval þitt"],
  "it": ["Preferenze cookie","Le tue scelte sulla privacy"],
  "ja": ["Cookie設定","プライバシーの選択"],
  "ko": ["쿠키 설정","개인정보 선택"],
  "lt": ["Slapukų nustatymai","Jūsų privatumo pasirinkimai"],
  "lv": ["Sīkdatņu iestatījumi","Jūsu privātuma izvēles"],
  "mt": ["Preferenzi tal-cookies","L-għażliet tiegħek tal-privatezza"],
  "nb": ["Innstillinger for informasjonskapsler","Dine personvernvalg"],
  "nl": ["Cookievoorkeuren","Uw privacykeuzes"],
  "pl": ["Ustawienia cookie","Twoje wybory prywatności"],
  "pt": ["Preferências de cookies","As suas escolhas de privacidade"],
  "pt-BR": ["Preferências de cookies","Suas escolhas de privacidade"],
  "ro": ["Preferințe cookie-uri","Opțiunile dvs. de confidențialitate"],
  "sk": ["Nastavenia cookies","Vaše voľby súkromia"],
  "sl": ["Nastavitve piškotkov","Vaše izbire zasebnosti"],
  "sv": ["Cookieinställningar","Dina integritetsval"],
  "tr": ["Çerez tercihleri","Gizlilik tercihleriniz"],
  "uk": ["Налаштування cookie","Ваші вибори конфіденційності"],
  "zh-Hans": ["Cookie 偏好设置","您的隐私选择"],
  "zh-Hant": ["Cookie 偏好設定","您的隱私權選擇"],
};
