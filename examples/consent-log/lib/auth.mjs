import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text) => createHash('sha256').update(text).digest();

/**
 * Whether an `Authorization` header carries the token: `Bearer <token>` (scripts, curl) or HTTP Basic with the
 * token as password and any user name (a browser opening the dashboard asks for it and sends it with every
 * request of the page). Compared in constant time.
 * @param {string | undefined} header
 * @param {string} token
 */
export function carriesToken(header, token) {
  const [scheme, value = ''] = String(header ?? '').split(' ', 2);
  let given;
  if (/^bearer$/i.test(scheme)) given = value;
  else if (/^basic$/i.test(scheme)) given = Buffer.from(value, 'base64').toString('utf8').split(':').slice(1).join(':');
  else return false;
  return timingSafeEqual(digest(given), digest(token));
}
