/** The script tag's `cookiegate-callbacks.js`: hands the callbacks integration to the gate that loaded it. */
import { definePart } from '../kernel';
import { callbacks } from './callbacks';

definePart('callbacks', { callbacks });
