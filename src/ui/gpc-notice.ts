import { gpcRefusedCategories } from '../core/kernel';
import type { UiProps } from './props';
import { fill } from './template';

/**
 * The GPC notice naming the categories the signal refuses ("Targeting and advertising, Social media"),
 * or `''` when no signal is honoured or no category is sale/share.
 */
export function gpcNotice({ config, texts, gpc }: UiProps): string {
  const titles = gpcRefusedCategories(config).map((id) => texts.categories[id]!.title!);
  return gpc && titles.length ? fill(texts.gpc, { categories: titles.join(', ') }) : '';
}
