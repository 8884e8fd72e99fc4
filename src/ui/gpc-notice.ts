import type { UiProps } from './props';
import { fill } from './template';

/** The GPC notice naming the categories the signal refuses ("Targeting and advertising, Social media"). */
export function gpcNotice({ config, texts }: UiProps): string {
  const titles = config.categories.filter((c) => c.saleOrShare && !c.readOnly).map((c) => texts.categories[c.id]!.title!);
  return fill(texts.gpc, { categories: titles.join(', ') });
}
