/** Version of the library, sent in every consent record. The build may inject it from package.json. */
export const VERSION = '0.1.0';
