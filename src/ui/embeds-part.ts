/** The script tag's `cookiegate-embeds.js`: hands the embed placeholders to the gate that loaded this file. */
import { definePart } from '../core/kernel';
import { startPlaceholders } from './placeholder';

definePart('embeds', { startPlaceholders });
