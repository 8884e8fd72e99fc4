import { CONFIG_MESSAGES } from './config-messages';
import { RUNTIME_MESSAGES, type ProblemCode } from './errors';

/**
 * The whole catalogue of console lines, code by code: the gate's own (`errors.ts`) and the config check's
 * (`config-messages.ts`). Tests assert the code and the path, so wording can improve without breaking them.
 * @example MESSAGES.unknownKey // 'unknown key "{0}"; known: {1}'
 */
export const MESSAGES: Readonly<Record<ProblemCode, string>> = { ...RUNTIME_MESSAGES, ...CONFIG_MESSAGES };
