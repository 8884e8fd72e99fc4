const hasOwn = Object.prototype.hasOwnProperty;

/**
 * `obj[key]` only when `obj` has it itself. Ids from config may be named like Object.prototype members
 * (`constructor`, `toString`), and a page may add to Object.prototype: neither must answer for a missing key.
 *
 * @example ownValue({}, 'constructor') // undefined, where `({})['constructor']` is Object
 */
export function ownValue<T>(obj: Record<string, T> | undefined | null, key: string): T | undefined {
  return obj && hasOwn.call(obj, key) ? obj[key] : undefined;
}

/**
 * Sets `obj[key]` as an own, enumerable property. `obj[key] = value` with the key `__proto__` (a valid service name)
 * would change the object's prototype instead, and the key would be missing from the record or state it builds.
 *
 * @example setOwn(services, '__proto__', true) // JSON.stringify(services) == '{"__proto__":true}'
 */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
