/**
 * Public types of cookiegate. `UserConfig` is what a site owner writes in JSON; the JSON Schema
 * (`dist/cookiegate.schema.json`) is generated from it, so every field's TSDoc is what editors show.
 */
import type { GOOGLE_CONSENT_TYPES } from './integrations/google-consent-types';
import type { UI_CHOICES } from './engine/ui-choices';

/** Every text cookiegate shows, for one language. A translation may give any subset. */
export interface Texts {
  /** First layer. */
  banner: {
    title: string;
    /** What is asked and why. `{controller}` is replaced by `controller.name`. Links as `[text](url)`, emphasis as `*text*`. */
    description: string;
    acceptAll: string;
    rejectAll: string;
    manage: string;
    /** Label of the optional close control (`ui.closeButton`); closing records a refusal. */
    close: string;
    /** Text of the privacy policy link. */
    policy: string;
  };
  /** Preferences modal. */
  modal: {
    title: string;
    description: string;
    acceptAll: string;
    rejectAll: string;
    save: string;
    close: string;
    /** Shown for `necessary`, which cannot be turned off. */
    alwaysOn: string;
    /** Heading of the list of services in a category. */
    services: string;
    /** Column headers of a category's cookie table. */
    cookieName: string;
    cookieProvider: string;
    cookiePurpose: string;
    cookieDuration: string;
    /** Label before a service's provider. */
    provider: string;
    /** Announced in a polite live region after saving. */
    saved: string;
  };
  /** Persistent control that re-opens the preferences after a choice. */
  reopen: string;
  /** Placeholder of a blocked embed. `{service}` and `{category}` are replaced. */
  placeholder: {
    title: string;
    text: string;
    allow: string;
    once: string;
    preferences: string;
  };
  /** Shown when a Global Privacy Control signal refused categories. `{categories}` is replaced. */
  gpc: string;
  /** Under an opt-out or notice regime (`regions`): the notice shown instead of the banner, and its persistent link. */
  notice: {
    title: string;
    /** Opt-out regime: what runs, and how to opt out. `{controller}` is replaced. */
    optOut: string;
    /** Notice regime: what runs; there is nothing to choose. `{controller}` is replaced. */
    info: string;
    /** Dismisses the notice; it grants and refuses nothing. */
    dismiss: string;
    /** Label of the persistent opt-out link (California's "Your Privacy Choices"). */
    choices: string;
  };
  /** Titles and descriptions of categories, by category id. */
  categories: Record<string, { title?: string; description?: string }>;
}

/**
 * URL of a JSON file of texts (the shape of `TextsOverride`): http(s) or a relative URL.
 * @pattern ^(?:[Hh][Tt][Tt][Pp][Ss]?:|[^:/?#]*(?:[/?#]|$))
 */
export type TranslationUrl = string;

/** A deep-partial set of texts, as a translation in config gives it. */
export type TextsOverride = {
  [K in keyof Texts]?: Texts[K] extends string ? string : Partial<Texts[K]>;
};

/**
 * A cookie that a service sets. A plain string is a name, or a `/regular expression/` matching names.
 * The object form also feeds the cookie table in the preferences modal.
 */
export type CookieDeclaration =
  | string
  | {
      /**
       * Exact name, or `/regular expression/`.
       * @minLength 1
       */
      name: string;
      /** How long it lives, in words ("2 years", "session"). */
      duration?: string;
      /** What it is for. */
      purpose?: string;
    };

/** A third-party or first-party service inside a category. Every field is optional: `{}` is valid. */
export interface UserService {
  /** Name shown to visitors. @default the service's key */
  label?: string;
  /** Who runs it (a company). */
  provider?: string;
  /** What it does, in plain words. */
  purpose?: string;
  /**
   * The provider's privacy policy: http(s) or a relative URL.
   * @pattern ^(?:[Hh][Tt][Tt][Pp][Ss]?:|[^:/?#]*(?:[/?#]|$))
   */
  policyUrl?: string;
  /** Cookies it sets: deleted on withdrawal, listed in the modal. */
  cookies?: CookieDeclaration[];
  /**
   * Hosts its scripts, frames, images and requests go to, for `autoBlock`: `example.com`, any subdomain with
   * `*.example.com`, or a host with a path prefix, `www.example.com/tag.js`. A catalogue service has its own.
   * @items {"type": "string", "pattern": "^(\\*\\.)?[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(/\\S*)?$"}
   */
  hosts?: string[];
}

/** One consent category. */
export interface UserCategory {
  /** Title shown to visitors (any language). Prefer `translations.<lang>.categories.<id>.title` for several languages. */
  title?: string;
  /** Description shown to visitors. */
  description?: string;
  /** Always on and cannot be turned off. Only for strictly necessary storage. @default true for `necessary`, else false */
  readOnly?: boolean;
  /**
   * Sale or sharing of personal data (US state laws): a Global Privacy Control signal refuses it.
   * @default true for `targeting` and `social`, else false
   */
  saleOrShare?: boolean;
  /**
   * Services in this category, by name (letters, digits, `-`, `_`; at most 40). Names are unique across all categories.
   * @propertyNames {"pattern": "^[A-Za-z0-9_-]{1,40}$"}
   */
  services?: Record<string, UserService>;
}

/** Google Consent Mode v2 settings. */
export interface UserConsentMode {
  /**
   * `basic`: Google tags stay blocked until consent. `advanced`: tags load while denied and send cookieless pings;
   * that is the site owner's legal decision, and cookiegate logs a warning.
   * @default "basic"
   */
  mode?: 'basic' | 'advanced';
  /** Which Google consent types each category grants. Types not mapped stay denied, except `security_storage`. */
  mapping?: Record<string, GoogleConsentType[]>;
  /**
   * ISO 3166-2 region codes the defaults apply to (`"ES"`, `"US-CA"`). `"EU"` and `"UK"` are not codes: list member
   * states one by one, and use `"GB"`.
   * @items {"type": "string", "pattern": "^(?!EU|EZ|UK|UN)[A-Z]{2}(-[A-Z0-9]{1,3})?$"}
   */
  region?: string[];
  /**
   * Milliseconds Google tags wait for an update.
   * @minimum 0
   * @maximum 10000
   * @default 500
   */
  waitForUpdate?: number;
  /** Pass ad click information through URLs. @default false */
  urlPassthrough?: boolean;
  /** Redact ads data while `ad_storage` is denied. @default false */
  adsDataRedaction?: boolean;
}

/** The seven Google Consent Mode v2 types. */
export type GoogleConsentType = (typeof GOOGLE_CONSENT_TYPES)[number];

/** Vendor consent APIs told about choices: each vendor name maps to the category (or `category:service`) that grants it. */
export interface UserVendors {
  /** Meta Pixel: `fbq('consent', 'grant'|'revoke')`. */
  meta?: string;
  /** Microsoft UET: `uetq.push('consent', 'update', { ad_storage })`. */
  uet?: string;
  /** Matomo: `_paq.push(['requireConsent'])`, then `setConsentGiven` / `forgetConsentGiven`. */
  matomo?: string;
  /** Microsoft Clarity: `clarity('consentv2', {...})` with these categories for ads and analytics. */
  clarity?: { ads?: string; analytics?: string };
  /** TikTok Pixel: `ttq.holdConsent()`, then `grantConsent()` / `revokeConsent()`. */
  tiktok?: string;
}

/** Push a configured value to a global array (or call a global function) on each choice, without writing JavaScript. */
export interface UserCallback {
  /** Category (or `category:service`) whose state is sent. */
  category: string;
  /**
   * Name of a property of `window`, without dots: an array or a queue object with its own `push` (`dataLayer`,
   * `_paq`, `_hsq`; created as `[]` when missing) gets the value pushed, a function your page defines (`hj`) is
   * called with the value's items. The browser's own functions (`eval`, `fetch`, `open`) are refused.
   * @pattern ^[A-Za-z_$][A-Za-z0-9_$]*$
   */
  global: string;
  /** Pushed when granted. */
  grant?: unknown[];
  /** Pushed when refused. */
  deny?: unknown[];
}

/** The consent cookie's settings. */
export interface UserCookie {
  /**
   * Name of the consent cookie (an RFC 6265 token: letters, digits and ``!#$%&'*+-.^_`|~``).
   * @pattern ^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$
   * @default "cookiegate"
   */
  name?: string;
  /**
   * Domain attribute, to share the choice across subdomains (`example.com`).
   * @pattern ^\.?[A-Za-z0-9.-]+$
   * @default the current host only
   */
  domain?: string;
  /**
   * Path attribute of the consent cookie (no `;`, `,`, spaces or control characters).
   * @pattern ^/[^;,\s\u0000-\u001f\u007f]*$
   * @default "/"
   */
  path?: string;
  /**
   * Days a choice that grants anything is kept (at most 395).
   * @exclusiveMinimum 0
   * @maximum 395
   * @default 182
   */
  expiresDays?: number;
  /**
   * Days a refusal (only `necessary`) is kept (at most 395).
   * @exclusiveMinimum 0
   * @maximum 395
   * @default the value of `cookie.expiresDays`
   */
  rejectExpiresDays?: number;
}

/** Look and placement of the built-in UI. */
export interface UserUi {
  /** @default "box" */
  layout?: (typeof UI_CHOICES)['layout'][number];
  /** @default "bottom" */
  position?: (typeof UI_CHOICES)['position'][number];
  /** Horizontal placement of a `box`, in the reading direction (`start` is the left in English, the right in Arabic). @default "start" */
  align?: (typeof UI_CHOICES)['align'][number];
  /** `auto` follows the visitor's `prefers-color-scheme`. @default "auto" */
  theme?: (typeof UI_CHOICES)['theme'][number];
  /** Re-open control after a choice; `false` when the site has its own `data-cookiegate="preferences"` link. @default "bottom-start" */
  reopen?: (typeof UI_CHOICES)['reopen'][number];
  /** Show a close (×) control on the first layer; closing records a refusal. @default false */
  closeButton?: (typeof UI_CHOICES)['closeButton'][number];
  /** Do not render the built-in UI (headless use with your own). @default false */
  disabled?: (typeof UI_CHOICES)['disabled'][number];
}

/** A site owner's JSON config. Everything is optional and merged over the built-in default. */
export interface UserConfig {
  /** JSON Schema reference, for editors. */
  $schema?: string;
  /**
   * Bump to ask every visitor again.
   * @asType integer
   * @minimum 0
   * @default 1
   */
  revision?: number;
  /** Who is responsible for the processing: shown on the first layer. */
  controller?: {
    /** Company or person. */
    name?: string;
    /**
     * Link to the privacy/cookie policy: http(s) or a relative URL.
     * @pattern ^(?:[Hh][Tt][Tt][Pp][Ss]?:|[^:/?#]*(?:[/?#]|$))
     */
    policyUrl?: string;
  };
  /**
   * Categories by id. The five defaults (`necessary`, `performance`, `functionality`, `targeting`, `social`) stay
   * unless set to `false`; other ids add categories (letters, digits, `-`, `_`; at most 32).
   * @propertyNames {"pattern": "^[A-Za-z][A-Za-z0-9_-]{0,31}$"}
   */
  categories?: Record<string, UserCategory | false>;
  /** Google Consent Mode v2; `true` is basic mode with the default mapping. @default false */
  googleConsentMode?: boolean | UserConsentMode;
  /** Honour Global Privacy Control for `saleOrShare` categories. @default true */
  gpc?: boolean;
  /** Send a record of each choice to your server. */
  records?: {
    /**
     * URL that receives one JSON record per choice (POST): http(s) or a relative URL.
     * @pattern ^(?:[Hh][Tt][Tt][Pp][Ss]?:|[^:/?#]*(?:[/?#]|$))
     */
    endpoint: string;
  };
  /** The consent cookie. */
  cookie?: UserCookie;
  /**
   * `auto` (config, then `<html lang>`, then the browser's languages) or a language code (`"nl"`, `"pt-BR"`).
   * @pattern ^([Aa][Uu][Tt][Oo]|[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)$
   * @default "auto"
   */
  language?: string;
  /**
   * Texts by language code: an object of texts merged over the shipped ones (English, then the shipped locale of that
   * language), or the URL of a JSON file of texts (http(s) or relative), loaded when that language is shown and used
   * instead of the shipped locale file.
   * @propertyNames {"pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"}
   */
  translations?: Record<string, TextsOverride | TranslationUrl>;
  /** Look and placement. */
  ui?: UserUi;
  /** Reload the page after a withdrawal, so already-run scripts stop. @default false */
  reloadOnWithdraw?: boolean;
  /** Vendor consent APIs. */
  vendors?: UserVendors;
  /** Generic pushes on each choice. */
  callbacks?: UserCallback[];
  /**
   * Blocking by host: scripts, frames, images, `fetch`, `XMLHttpRequest` and `navigator.sendBeacon` to a host of a
   * declared service wait for its consent, without `data-category` markup. Needs the auto-block build
   * (`cookiegate.autoblock.js`, or `import 'cookiegate/auto-block'` first).
   * @default false
   */
  autoBlock?: boolean;
  /**
   * Which regime applies to a visitor, by region: ISO 3166-1 country codes (`"DE"`, `"US"`) or ISO 3166-2
   * subdivisions (`"US-CA"`), upper case, and `"default"` for every other region. The visitor's region comes from
   * your site (`data-region` on the tag, or `init(config, { region })`); cookiegate never looks it up. The most
   * specific key wins (`US-CA`, then `US`, then `default`); with no region given, the strictest regime in the map
   * applies. A map with a mistake is not used: every visitor gets `"opt-in"` until it is fixed.
   * @propertyNames {"pattern": "^(default|(?!EU|EZ|UK|UN)[A-Z]{2}(-[A-Z0-9]{1,3})?)$"}
   * @default "opt-in" everywhere
   */
  regions?: Record<string, Regime>;
}

/**
 * How consent works for a visitor, strictest first:
 * - `opt-in`: nothing optional runs until the visitor chooses on the banner (GDPR, ePrivacy; the default);
 * - `opt-out`: optional categories run from the start (sale/share ones refused under Global Privacy Control); a
 *   notice and a persistent "Your Privacy Choices" control let the visitor refuse (US state privacy laws);
 * - `notice`: everything runs; a notice says so, and the preferences stay reachable;
 * - `none`: everything runs; nothing is shown.
 */
export type Regime = 'opt-in' | 'opt-out' | 'notice' | 'none';

/** A cookie declaration after validation. */
export interface CookieInfo {
  /** As written: a name or `/regex/`. */
  name: string;
  /** Compiled from `/regex/` names. */
  pattern?: RegExp;
  duration?: string;
  purpose?: string;
}

/** A host a service's requests go to, and optionally a prefix of their path and query. */
export interface HostRule {
  /** `www.example.com`, or `*.example.com` for any subdomain. */
  host: string;
  /** Prefix of the path and query (`/gtag/js?id=G-`). */
  path?: string;
}

/** A service after validation. */
export interface Service {
  id: string;
  /** Id of the category it belongs to. */
  category: string;
  label: string;
  provider?: string;
  purpose?: string;
  policyUrl?: string;
  cookies: CookieInfo[];
  /** Hosts the site declared for it (`autoBlock`); a catalogue service's own come with the auto-block code. */
  hosts?: HostRule[];
  /** A catalogue service whose entry has not arrived yet: the fields still to take from it. */
  inherits?: Array<'label' | 'provider' | 'purpose' | 'policyUrl' | 'cookies'>;
}

/** A category after validation. */
export interface Category {
  id: string;
  readOnly: boolean;
  saleOrShare: boolean;
  title?: string;
  description?: string;
  services: Service[];
}

/** Consent Mode after validation. */
export interface ConsentModeConfig {
  mode: 'basic' | 'advanced';
  mapping: Record<string, GoogleConsentType[]>;
  region?: string[];
  waitForUpdate: number;
  urlPassthrough: boolean;
  adsDataRedaction: boolean;
}

/** The config cookiegate runs with: defaults merged with the site owner's, invalid parts dropped. */
export interface Config {
  revision: number;
  controller: { name?: string; policyUrl?: string };
  /** In display order; `necessary` first. */
  categories: Category[];
  googleConsentMode: ConsentModeConfig | null;
  gpc: boolean;
  records: { endpoint: string } | null;
  cookie: { name: string; domain?: string; path: string; expiresDays: number; rejectExpiresDays: number };
  language: string;
  /** Inline texts, or the URL of a file of texts (loaded by `loadTexts`). */
  translations: Record<string, TextsOverride | string>;
  ui: Required<Omit<UserUi, 'reopen'>> & { reopen: false | 'bottom-start' | 'bottom-end' };
  reloadOnWithdraw: boolean;
  vendors: UserVendors;
  callbacks: UserCallback[];
  autoBlock: boolean;
  /** Regime by region code and `default`; empty: opt-in everywhere. */
  regions: Record<string, Regime>;
}

/** A stored choice, as `getConsent()` returns it. */
export interface Consent {
  /** Granted category ids (`necessary` always among them). */
  categories: string[];
  /** Granted service names. */
  services: string[];
  /** Random id of this choice (a UUID). */
  consentId: string;
  /** When the visitor first chose (ISO 8601). */
  consentTime: string;
  /** When the choice last changed (ISO 8601). */
  updateTime: string;
  /** `revision` of the config the choice was made for. */
  revision: number;
  /** A Global Privacy Control signal refused `saleOrShare` categories. */
  gpc: boolean;
  /** The regime the choice was made under (`regions`); `opt-in` unless configured. */
  regime: Regime;
}

/** What a change changed. */
export interface ConsentChange {
  /** Category ids whose state flipped. */
  categories: string[];
  /** Service names whose state flipped. */
  services: string[];
}

/** Where a choice came from. */
export type ConsentSource = 'banner' | 'modal' | 'placeholder' | 'api' | 'gpc';

/** The kind of a choice. */
export type ConsentAction = 'accept-all' | 'reject-all' | 'custom' | 'withdraw';

/** Payloads of the events `on()` subscribes to (also `cookiegate:<event>` CustomEvents on `window`). */
export interface EventMap {
  /** The visitor's first choice (no choice was stored before). */
  consent: ChoiceDetail;
  /** A later change of a stored choice. */
  change: ChoiceDetail;
}

/** Detail of a `consent` or `change` event. */
export interface ChoiceDetail {
  /** The choice now stored. */
  consent: Consent;
  /** The choice before (`null` for a first choice). */
  previous: Consent | null;
  /** What flipped (every optional category and service for a first choice). */
  changed: ConsentChange;
  action: ConsentAction;
  source: ConsentSource;
  /** `true` when the change came from another tab of the same site. */
  remote: boolean;
}

/** Open state of the built-in UI. */
export interface UiState {
  /** First layer visible. */
  banner: boolean;
  /** Preferences modal open. */
  preferences: boolean;
}
