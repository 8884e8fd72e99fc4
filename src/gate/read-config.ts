import { buildConfig, configMark, fetchAhead, loadConsent, loadPart, type ConfigReading } from '../core/kernel';
import type { UserConfig } from '../core/types';
import { denyAhead } from './early-switches';

/** A reading with nothing to report. */
const clean = (config: ReturnType<typeof buildConfig>): ConfigReading => ({ config, problems: [], advice: [] });

/**
 * How the script tag reads its config. A returning visitor's cookie carries the mark of the config it was written
 * under, if that config had been checked clean (`config-mark.ts`): while the config stays the same, the build alone
 * gives the config the check would, and no page view of theirs loads the check. A config that is new to the visitor
 * (a first visit, a changed config, a new version of cookiegate) is checked by `cookiegate-check.js`, loaded at once;
 * nothing optional runs meanwhile, because the engine has not started, and what must precede the page's next
 * snippets (Consent Mode's default, vendors' denied states) is done with the config as written (`denyAhead`).
 *
 * @param input the site owner's config as found (parsed JSON), `undefined` for the built-in default
 * @returns the reading now, or once the check file has run; if it cannot load (reported, and tried again on the next
 *   page view), the built-in default, as for a config file that does not load
 */
export function readConfig(input: unknown): ConfigReading | Promise<ConfigReading> {
  // The built-in default needs no check.
  if (input === undefined || input === null) return clean(buildConfig());
  const mark = configMark(input);
  let bannerAhead = true;
  try {
    const config = buildConfig(input as UserConfig);
    const stored = loadConsent(config);
    if (mark && stored?.flags.checked === mark) return clean(config);
    bannerAhead = !stored && !config.ui.disabled;
    denyAhead(config);
  } catch {
    /* not a config the build can read: the check says what is wrong */
  }
  // No choice stands (a first visit): the banner will be needed, so its file downloads beside the check.
  if (bannerAhead) fetchAhead('ui');
  return loadPart('check').then(
    (check) => check.parseConfig(input),
    () => clean(buildConfig()),
  );
}
