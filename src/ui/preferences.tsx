import { Component } from 'preact';
import { accept, acceptAll, hidePreferences, ownValue, rejectAll, setOwn, switchStates } from '../core/kernel';
import type { UiProps } from './props';
import type { Consent } from '../core/types';
import { CategoryToggle } from './category-toggle';
import { gpcNotice } from './gpc-notice';
import { focusables, inertOthers, trapTab } from './focus-trap';

interface State {
  /** Unsaved switch states: dropped when the dialog closes without a choice. */
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  expanded: Record<string, boolean>;
}

/** What the dialog renders from; `open: false` lays it out unseen, ahead of a click (see `warmPreferences`). */
export interface PreferencesProps extends UiProps {
  /** Shown and modal; when `false` it is rendered and laid out but invisible, inert and out of the tab order. */
  open?: boolean;
}

/**
 * The preferences dialog (WAI-ARIA APG modal dialog): labelled and described, the page behind `inert`,
 * Tab wraps inside, Escape closes without saving. Focus return is done by `mountUi` once the dialog is gone,
 * because a choice also removes the banner whose button opened it.
 *
 * Rendered closed (`open: false`) when a visitor comes near a control that opens it: the click then only makes it
 * visible, with its elements built, styled and laid out already, so it shows in the next frame.
 */
export class Preferences extends Component<PreferencesProps, State> {
  dialog: HTMLElement | null = null;
  restore?: () => void;
  /** The stored choice the switch states were read from. */
  basis: Consent | null;

  constructor(props: PreferencesProps) {
    super(props);
    this.basis = props.consent;
    // As stored, not defaults: with no stored choice every optional switch is off.
    this.state = { ...switchStates(props.config, props.consent), expanded: {} };
  }

  componentDidMount(): void {
    if (this.props.open !== false) this.opened();
  }

  componentDidUpdate(previous: PreferencesProps): void {
    if (this.props.open === false) {
      // Laid out ahead while closed: a choice made meanwhile (the banner, another tab) is what it must show.
      if (this.props.consent !== this.basis) {
        this.basis = this.props.consent;
        this.setState({ ...switchStates(this.props.config, this.props.consent), expanded: {} });
      }
    } else if (previous.open === false) this.opened();
  }

  componentWillUnmount(): void {
    document.removeEventListener('keydown', this.onKey);
    this.restore?.();
  }

  /** It shows: the page behind goes inert, and focus moves in. */
  opened(): void {
    const dialog = this.dialog!;
    this.restore = inertOthers(dialog.closest('.cg-root')!);
    // On the document, not the dialog: a click on the backdrop leaves focus on <body>, and Escape and Tab
    // must still work from there.
    document.addEventListener('keydown', this.onKey);
    focusables(dialog)[0]?.focus();
  }

  onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hidePreferences();
    else if (event.key === 'Tab') trapTab(event, this.dialog!);
  };

  /** A category switch turns all its services on or off with it; a service switch is its own. */
  setCategory = (id: string, on: boolean) => {
    const services = { ...this.state.services };
    this.props.config.categories.find((c) => c.id === id)!.services.forEach((s) => setOwn(services, s.id, on));
    this.setState({ categories: { ...this.state.categories, [id]: on }, services });
  };

  save = () => {
    const { categories, services } = this.state;
    accept(
      Object.keys(categories).filter((id) => categories[id]),
      services,
      'modal',
    );
  };

  render() {
    const props = this.props;
    const { config, texts } = props;
    const m = texts.modal;
    const state = this.state;
    const closed = props.open === false;
    return (
      <div class="cg-overlay" data-cg-ahead={closed ? '' : undefined} inert={closed}>
        <div
          class="cg-modal"
          role="dialog"
          aria-modal="true"
          aria-labelledby="cg-mt"
          aria-describedby="cg-md"
          ref={(el) => {
            this.dialog = el;
          }}
        >
          <div class="cg-head">
            <h2 id="cg-mt" class="cg-title">
              {m.title}
            </h2>
            <button type="button" class="cg-x" aria-label={m.close} title={m.close} onClick={hidePreferences} />
          </div>
          <div class="cg-body">
            <p id="cg-md" class="cg-text">
              {m.description}
            </p>
            {gpcNotice(props) && (
              <p role="status" class="cg-gpc">
                {gpcNotice(props)}
              </p>
            )}
            <ul class="cg-cats">
              {config.categories.map((category) => (
                <CategoryToggle
                  key={category.id}
                  category={category}
                  texts={texts}
                  categories={state.categories}
                  services={state.services}
                  expanded={!!ownValue(state.expanded, category.id)}
                  onCategory={this.setCategory}
                  onService={(id, on) => this.setState({ services: { ...state.services, [id]: on } })}
                  onExpand={() => this.setState({ expanded: { ...state.expanded, [category.id]: !ownValue(state.expanded, category.id) } })}
                />
              ))}
            </ul>
          </div>
          <div class="cg-btns cg-foot">
            <button type="button" class="cg-btn" onClick={() => acceptAll('modal')}>
              {m.acceptAll}
            </button>
            <button type="button" class="cg-btn" onClick={() => rejectAll('modal')}>
              {m.rejectAll}
            </button>
            <button type="button" class="cg-btn" onClick={this.save}>
              {m.save}
            </button>
          </div>
        </div>
      </div>
    );
  }
}
