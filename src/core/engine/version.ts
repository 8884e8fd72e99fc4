/**
 * Version of the library, sent in every consent record. The build injects it from package.json.
 * @example console.log(VERSION) // '0.1.0'
 */
export const VERSION = '0.1.0';
