import { ownValue } from '../core/kernel';

/** `text` with each `{name}` replaced by `values.name`; unknown names stay as written. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => ownValue(values, name) ?? match);
}
