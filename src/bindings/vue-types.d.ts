/**
 * The part of Vue's types the Vue binding uses. The package does not install Vue (it is an optional peer of
 * `cookiegate/vue` only); an app that uses the binding has Vue's own types, which these match.
 */
declare module 'vue' {
  export interface Ref<T> {
    value: T;
  }
  export type VNode = { readonly __v_isVNode: true };
  export type Slot = (...args: unknown[]) => VNode[];
  export interface SetupContext {
    slots: Record<string, Slot | undefined>;
  }
  export type InjectionKey<T> = symbol & { readonly __type?: T };
  // An interface, not an alias of `object`: declarations then name `Component` from vue, which is what an app has.
  export interface Component {
    readonly name?: string;
  }
  export function defineComponent<P>(options: {
    name: string;
    props: Record<keyof P, unknown>;
    setup: (props: P, context: SetupContext) => () => VNode | VNode[] | null | undefined;
  }): Component;
  export function h(type: string | Component, props?: Record<string, unknown> | null, children?: unknown): VNode;
  export function provide<T>(key: InjectionKey<T>, value: T): void;
  export function inject<T>(key: InjectionKey<T>, defaultValue: T): T;
  export function shallowRef<T>(value: T): Ref<T>;
  export function computed<T>(getter: () => T): Readonly<Ref<T>>;
  export function onMounted(hook: () => void): void;
  export function onUnmounted(hook: () => void): void;
  export function useId(): string;
}
