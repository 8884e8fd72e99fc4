/** The script tag's `cookiegate-catalogue.js`: hands the loading of catalogue entries to the gate that loaded it. */
import { definePart } from '../kernel';
import { needCatalogue, setCatalogueUrl } from './catalogue';

definePart('catalogue', { needCatalogue, setCatalogueUrl });
