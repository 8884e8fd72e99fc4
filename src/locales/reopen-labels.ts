/**
 * The re-open control's label in each shipped language. The control is on every page with a stored choice, before
 * any locale file is fetched (a returning visitor's page view loads nothing but the gate), so its one label rides in
 * the gate. `test/unit/locales/reopen-labels.test.ts` keeps this equal to each locale's `reopen` text.
 */
export const REOPEN_LABELS: Record<string, string> = {
  de: 'Cookie-Einstellungen',
  fr: 'Préférences cookies',
  nl: 'Cookievoorkeuren',
};

/** Per shipped locale, the opt-out control's label (`notice.choices`), in the gate for the same reason. */
export const CHOICES_LABELS: Record<string, string> = {
  de: 'Ihre Datenschutzoptionen',
  fr: 'Vos choix de confidentialité',
  nl: 'Uw privacykeuzes',
};
