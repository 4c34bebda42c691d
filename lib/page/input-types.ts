/** What kinds of `<input>` hold, for the readers (a field's value) and the writers (typed text). */

/** Input types that hold no field value: hidden data, tick boxes, buttons and file pickers. */
export const NON_VALUE_INPUT_TYPES: ReadonlySet<string> = new Set([
  'hidden',
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'image',
]);

/** Input types that hold no text a person types: a slider's or a colour picker's value is picked. */
export const NON_TEXT_INPUT_TYPES: ReadonlySet<string> = new Set([
  ...NON_VALUE_INPUT_TYPES,
  'range',
  'color',
]);
