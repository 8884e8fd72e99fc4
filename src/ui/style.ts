import css from '../../styles/ui.css?raw';
import { injectStyle } from '../gate/styles';

/** The banner's, dialog's and placeholders' styles (`styles/ui.css`), on top of the gate's `base` part. */
export function injectUiStyle(): void {
  injectStyle('ui', css);
}
