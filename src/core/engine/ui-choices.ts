/**
 * What each `ui` key of the config may be (the defaults are in `DEFAULT_CONFIG.ui`). The one place these are written: `UserUi`'s types (and
 * so the JSON Schema) and the config check both read them.
 *
 * @example UI_CHOICES.layout // ['box', 'bar']
 */
export const UI_CHOICES = {
  layout: ['box', 'bar'],
  position: ['bottom', 'top', 'middle'],
  align: ['start', 'center', 'end'],
  theme: ['auto', 'light', 'dark'],
  reopen: [false, 'bottom-start', 'bottom-end'],
  closeButton: [true, false],
  disabled: [true, false],
} as const;
