/** The script tag's `cookiegate-ui.js`: hands the banner and dialog to the gate that loaded this file. */
import { definePart } from '../core/kernel';
import { mountUi, warmPreferences } from './mount';

definePart('ui', { mountUi, warmPreferences });
