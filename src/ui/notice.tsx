import { h } from 'preact';
import { dismissNotice } from '../core/kernel';
import { PreferencesButton } from './preferences-button';
import type { Regime } from '../core/types';
import type { UiProps } from './props';
import { richText, safeUrl } from './rich-text';
import { fill } from './template';
import { gpcNotice } from './gpc-notice';
import { PRIVACY_CHOICES_PATHS, PRIVACY_CHOICES_SVG } from '../gate/privacy-choices-icon';

/**
 * The first layer of an `opt-out` or `notice` regime: it tells, it does not ask. What runs is already in force; the
 * one button that closes it grants and refuses nothing, and the other opens the preferences, where anything can be
 * refused ("Your Privacy Choices" with the California opt-out icon under `opt-out`). Laid out like the banner, so it
 * takes the same place and styles.
 */
export function Notice(props: UiProps & { inert: boolean; regime: Regime }) {
  const { config, texts, regime } = props;
  const t = texts.notice;
  const { ui, controller } = config;
  const policy = safeUrl(controller.policyUrl);
  const isOptOut = regime === 'opt-out';
  return (
    <section class={`cg-banner cg-${ui.layout} cg-${ui.position} cg-${ui.align}`} aria-labelledby="cg-bt" inert={props.inert}>
      <h2 id="cg-bt" class="cg-title">
        {t.title}
      </h2>
      <p class="cg-text">
        {richText(fill(isOptOut ? t.optOut : t.info, { controller: controller.name || location.hostname }))}
        {policy && ' '}
        {policy && <a href={policy}>{texts.banner.policy}</a>}
      </p>
      {gpcNotice(props) && <p class="cg-gpc">{gpcNotice(props)}</p>}
      <div class="cg-btns">
        <button type="button" class="cg-btn" onClick={() => dismissNotice()}>
          {t.dismiss}
        </button>
        <PreferencesButton>
          {isOptOut &&
            h(
              'svg',
              PRIVACY_CHOICES_SVG,
              PRIVACY_CHOICES_PATHS.map((d) => h('path', { d })),
            )}
          {isOptOut ? t.choices : texts.reopen}
        </PreferencesButton>
      </div>
    </section>
  );
}
