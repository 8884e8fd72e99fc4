import type { Config, Consent, Texts } from '../core/types';

/** What every part of the UI renders from: store values, plus texts for the shown language. */
export interface UiProps {
  config: Config;
  consent: Consent | null;
  texts: Texts;
  /** A Global Privacy Control signal is honoured on this page. */
  gpc: boolean;
}
