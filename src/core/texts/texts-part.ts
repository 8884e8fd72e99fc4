/** The script tag's `cookiegate-texts.js`: hands the texts (English built in, and the loading of locale files) to the gate. */
import { definePart } from '../kernel';
import { checkTexts } from './check-texts';
import { getTexts, hasTexts, loadTexts } from './language';

definePart('texts', { getTexts, hasTexts, loadTexts, checkTexts });
