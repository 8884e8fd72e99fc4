/**
 * The part of React's types the React binding uses. The package does not install React (it is an optional peer of
 * `cookiegate/react` only); an app that uses the binding has React's own types, which these match.
 */
declare module 'react' {
  export type ReactNode = ReactElement | string | number | bigint | boolean | null | undefined | Iterable<ReactNode>;
  export interface ReactElement {
    type: unknown;
    props: unknown;
    key: string | null;
  }
  export interface Context<T> {
    Provider: unknown;
    displayName?: string | undefined;
    readonly _value?: T;
  }
  export function createContext<T>(defaultValue: T): Context<T>;
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: ReactNode[]): ReactElement;
  export function useContext<T>(context: Context<T>): T;
  // biome-ignore lint/suspicious/noConfusingVoidType: React's own signature: an effect returns nothing or a cleanup
  export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  export function useId(): string;
  export function useState<T>(initial: T | (() => T)): [T, (next: T) => void];
  export function useSyncExternalStore<T>(subscribe: (onChange: () => void) => () => void, getSnapshot: () => T, getServerSnapshot?: () => T): T;
}
