/** The script tag's `cookiegate-check.js`: hands the config check to the gate that loaded this file. */
import { definePart } from '../core/kernel';
import { parseConfig } from '../core/engine/config';

definePart('check', { parseConfig });
