/**
 * The record schema and the Ajv validator Fastify checks every record with. The schema is this folder's own copy
 * of cookiegate's `dist/record.schema.json` (a test keeps it equal to the repository's), so a copy of this folder
 * installs and starts on its own.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

export const RECORD_SCHEMA = JSON.parse(readFileSync(new URL('./record.schema.json', import.meta.url), 'utf8'));

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * A `date-time` that names a real instant and keeps its meaning when stored: a day that exists in its month
 * (no 2026-02-30), hours 00–23, no leap second (JavaScript and both stores would move it to the next minute), an
 * offset of at most 23:59, and a UTC year from 0001 to 9999 (what PostgreSQL stores and an ISO string sorts).
 * @param {string} text
 */
export function isRealDateTime(text) {
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours = 0, offsetMinutes = 0] = match.slice(1).map(Number);
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return false;
  const utcYear = new Date(Date.parse(text)).getUTCFullYear();
  return utcYear >= 1 && utcYear <= 9999;
}

const isLeapYear = (year) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Ajv for draft 2020-12 with `date-time` checked by {@link isRealDateTime}; strict, so a schema typo fails at start. */
export function createAjv() {
  const ajv = new Ajv2020({ strict: true, allErrors: false, coerceTypes: false, useDefaults: false, removeAdditional: false });
  ajv.addFormat('date-time', { type: 'string', validate: isRealDateTime });
  return ajv;
}

/** Ajv errors as `["/action: must be one of accept-all, reject-all, custom, withdraw"]`. */
export function describeErrors(errors) {
  return errors.map((error) => {
    const where = error.instancePath || '/';
    if (error.keyword === 'enum') return `${where}: must be one of ${error.params.allowedValues.join(', ')}`;
    if (error.keyword === 'additionalProperties') return `${where}: unknown key "${error.params.additionalProperty}"`;
    if (error.keyword === 'required') return `${where}: missing key "${error.params.missingProperty}"`;
    if (error.keyword === 'propertyNames') return `${where}: key "${error.params.propertyName}" is not allowed`;
    if (error.keyword === 'format') return `${where}: must be a real ISO 8601 date and time (years 0001–9999)`;
    return `${where}: ${error.message}`;
  });
}
