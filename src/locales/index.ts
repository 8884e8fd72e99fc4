import type { Texts } from '../core/types';
import nl from './nl';
import fr from './fr';
import de from './de';

/**
 * Shipped translations by language code (English is built in, `src/core/texts-en.ts`).
 * The only place that imports the locale files: to move them out of the script-tag bundle,
 * replace this record and nothing else changes.
 */
export const LOCALES: Record<string, Texts> = { nl, fr, de };
