/** The script tag's `cookiegate-records.js`: hands the consent-records integration to the gate that loaded it. */
import { definePart } from '../kernel';
import { records } from './records';

definePart('records', { records });
