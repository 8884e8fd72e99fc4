let injected = true;

/**
 * Whether cookiegate injects its own `<style>` elements: `init(config, { styles: false })` turns it off for an app
 * that bundles or links `cookiegate/cookiegate.css` itself.
 */
export function setStylesInjected(on: boolean): void {
  injected = on;
}

/** `false` after `init(config, { styles: false })`. */
export function areStylesInjected(): boolean {
  return injected;
}
