import { acceptAll, rejectAll } from '../core/kernel';
import { PreferencesButton } from './preferences-button';
import type { UiProps } from './props';
import { richText, safeUrl } from './rich-text';
import { fill } from './template';
import { gpcNotice } from './gpc-notice';

/**
 * The first layer: a non-modal region (no focus trap, the page stays usable) with the three choices of equal
 * weight. Accept and Reject are the same element with the same class, so no theme can make one a ghost.
 */
export function Banner(props: UiProps & { inert: boolean }) {
  const { config, texts } = props;
  const t = texts.banner;
  const { ui, controller } = config;
  const policy = safeUrl(controller.policyUrl);
  return (
    <section class={`cg-banner cg-${ui.layout} cg-${ui.position} cg-${ui.align}`} aria-labelledby="cg-bt" inert={props.inert}>
      {ui.closeButton && (
        // Closing records a refusal (CNIL délib. 2020-092): it never grants.
        <button type="button" class="cg-x" aria-label={t.close} title={t.close} onClick={() => rejectAll('banner')} />
      )}
      <h2 id="cg-bt" class="cg-title">
        {t.title}
      </h2>
      <p class="cg-text">
        {richText(fill(t.description, { controller: controller.name || location.hostname }))}
        {policy && ' '}
        {policy && <a href={policy}>{t.policy}</a>}
      </p>
      {gpcNotice(props) && <p class="cg-gpc">{gpcNotice(props)}</p>}
      <div class="cg-btns">
        <button type="button" class="cg-btn" onClick={() => acceptAll('banner')}>
          {t.acceptAll}
        </button>
        <button type="button" class="cg-btn" onClick={() => rejectAll('banner')}>
          {t.rejectAll}
        </button>
        <PreferencesButton>{t.manage}</PreferencesButton>
      </div>
    </section>
  );
}
