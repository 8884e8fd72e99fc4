import { CONFIG_MESSAGES } from './config-messages';
import { RUNTIME_MESSAGES, type ProblemCode } from './errors';

/**
 * The whole catalogue of console lines, code by code: the gate's own (`errors.ts`) and the config check's
 * (`config-messages.ts`). Tests assert the code and the path, so wording can improve without breaking them.
 * @example MESSAGES.unknownKey // 'unknown key "{0}"; known: {1}'
 */
// Pure: an app that does not use the catalogue does not bundle the config check's lines for it.
export const MESSAGES: Readonly<Record<ProblemCode, string>> = /* @__PURE__ */ Object.assign({}, RUNTIME_MESSAGES, CONFIG_MESSAGES);
