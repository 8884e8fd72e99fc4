import type { Category, Texts } from '../core/types';
import { richText, safeUrl } from './rich-text';

/** A native checkbox shown as a switch: screen readers announce "switch, on/off" and its visible label. */
function Switch(props: { id: string; label: string; checked: boolean; disabled: boolean; note?: string; onChange: (on: boolean) => void }) {
  return (
    <label class="cg-sw">
      <input
        type="checkbox"
        // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox states its own checked state; ARIA in HTML says not to add aria-checked to one
        role="switch"
        id={props.id}
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.note}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

export interface CategoryToggleProps {
  category: Category;
  texts: Texts;
  /** Switch states by category id and by service id (unsaved). */
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  expanded: boolean;
  onCategory: (id: string, on: boolean) => void;
  onService: (id: string, on: boolean) => void;
  onExpand: () => void;
}

/**
 * One category in the preferences: its switch, its description and, behind an expander, its services
 * (each with its own switch, provider, purpose and policy) and the table of the cookies they set.
 */
export function CategoryToggle(props: CategoryToggleProps) {
  const { category, texts } = props;
  const m = texts.modal;
  const { id, readOnly, services } = category;
  const text = texts.categories[id]!;
  const panel = 'cg-p-' + id;
  const note = readOnly ? 'cg-a-' + id : undefined;
  const cookies = services.flatMap((service) => service.cookies.map((cookie) => ({ cookie, service })));
  return (
    <li class="cg-cat">
      <div class="cg-row">
        <Switch
          id={'cg-c-' + id}
          label={text.title!}
          checked={readOnly || !!props.categories[id]}
          disabled={readOnly}
          note={note}
          onChange={(on) => props.onCategory(id, on)}
        />
        {readOnly && (
          <span id={note} class="cg-on">
            {m.alwaysOn}
          </span>
        )}
      </div>
      {text.description && <p class="cg-text">{richText(text.description)}</p>}
      {services.length > 0 && (
        <button
          type="button"
          class="cg-exp"
          aria-expanded={props.expanded}
          aria-controls={panel}
          aria-label={m.services + ': ' + text.title}
          onClick={props.onExpand}
        >
          {m.services}
        </button>
      )}
      {services.length > 0 && (
        <div id={panel} class="cg-panel" hidden={!props.expanded}>
          <ul class="cg-svcs">
            {services.map((service) => {
              const policy = safeUrl(service.policyUrl);
              return (
                <li key={service.id}>
                  <Switch
                    id={'cg-s-' + service.id}
                    label={service.label}
                    checked={readOnly || !!props.services[service.id]}
                    disabled={readOnly}
                    note={note}
                    onChange={(on) => props.onService(service.id, on)}
                  />
                  {service.provider && (
                    <p class="cg-text">
                      {m.provider}: {service.provider}
                    </p>
                  )}
                  {service.purpose && <p class="cg-text">{service.purpose}</p>}
                  {policy && (
                    <a href={policy}>
                      {texts.banner.policy}: {service.provider || service.label}
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
          {cookies.length > 0 && (
            <table class="cg-tbl">
              <thead>
                <tr>
                  <th scope="col">{m.cookieName}</th>
                  <th scope="col">{m.cookieProvider}</th>
                  <th scope="col">{m.cookiePurpose}</th>
                  <th scope="col">{m.cookieDuration}</th>
                </tr>
              </thead>
              <tbody>
                {cookies.map(({ cookie, service }) => (
                  <tr key={service.id + cookie.name}>
                    <td>{cookie.name}</td>
                    <td>{service.provider || service.label}</td>
                    <td>{cookie.purpose || service.purpose}</td>
                    <td>{cookie.duration}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </li>
  );
}
