/**
 * Settles like `promise`, or rejects with "no answer after N s" once `ms` have passed: a server that never answers
 * must not leave visitors without a way to choose.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer after ' + ms / 1000 + ' s')), ms))]);
}

/**
 * GETs JSON (same-origin credentials): rejects on a non-2xx answer ("HTTP 404"), on a body that is not JSON, and
 * when the request fails. Never throws synchronously.
 */
export function fetchJson(url: string): Promise<unknown> {
  return Promise.resolve(url).then((u) =>
    fetch(u, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json() as Promise<unknown>;
    }),
  );
}
