/** Chromium flags for an unattended run that stays quiet and offline: no first-run UI, no background updates or sync. */
export const QUIET_BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
