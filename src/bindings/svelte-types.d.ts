/**
 * The part of Svelte's types the Svelte binding uses. The package does not install Svelte (it is an optional peer of
 * `cookiegate/svelte` only); an app that uses the binding has Svelte's own types, which these match.
 */
declare module 'svelte' {
  export function setContext<T>(key: unknown, context: T): T;
  export function getContext<T>(key: unknown): T;
  // biome-ignore lint/suspicious/noConfusingVoidType: Svelte's own signature: onMount's callback returns nothing or a cleanup
  export function onMount(fn: () => void | (() => void)): void;
}
