import { getNonce } from './nonce';
import { trustedScriptUrl } from './trusted-types';

/**
 * Runs one of our own files as a classic script: with the CSP nonce of the tag that loaded cookiegate, through the
 * `cookiegate` Trusted Types policy, and with its Subresource Integrity hash from the build, so a file changed on the
 * server or a CDN does not run. Rejects, naming the URL, when the browser will not run it (404, offline, CSP,
 * integrity): `onerror` does not say which, so the message lists them.
 */
export function loadScript(url: string, integrity: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    const nonce = getNonce();
    if (nonce) script.nonce = nonce;
    if (integrity) script.integrity = integrity;
    // Integrity needs a CORS read of a file on another origin (a CDN); same-origin requests are unaffected.
    script.crossOrigin = 'anonymous';
    script.onload = () => resolve();
    script.onerror = () => {
      script.remove();
      reject(new Error(url + ' did not run (not found, offline, blocked by CSP, or its integrity hash did not match)'));
    };
    try {
      script.src = trustedScriptUrl(url);
      (document.head || document.documentElement).appendChild(script);
    } catch (error) {
      // The one synchronous refusal: Trusted Types required without our policy allowed.
      reject(new Error(url + ': ' + (error as Error).message + '; under Trusted Types allow our policy: trusted-types cookiegate'));
    }
  });
}
