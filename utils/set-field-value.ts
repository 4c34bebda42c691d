/**
 * Writes a value into a page's form field the way typing would, so that script-driven forms see it.
 *
 * Frameworks keep their own copy of a field's value. React wraps each input's own `value` property
 * with a tracker (`inputValueTracking`) and ignores an `input` event when the tracker already holds
 * the DOM value; a plain `el.value = x` from a page script moves the tracker too, so the change is
 * lost and the next render puts the old value back. Calling the setter of the element's prototype
 * (HTMLInputElement / HTMLTextAreaElement) skips that wrapper; the bubbling `input` event then
 * reaches the framework's root listener with a value its tracker has not seen. `change` and the
 * focus events serve forms that validate or save on those instead (Vue's `.lazy`, Angular's
 * touched state). Content scripts run in an isolated world where page-defined wrappers are not
 * visible anyway; going through the prototype keeps this correct in the main world as well.
 */
export type FillableElement = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

function nativeValueSetter(
  element: HTMLInputElement | HTMLTextAreaElement,
): ((value: string) => void) | null {
  for (
    let proto: object | null = Object.getPrototypeOf(element);
    proto;
    proto = Object.getPrototypeOf(proto)
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    const set = descriptor?.set;
    if (set) return (value) => set.call(element, value);
  }
  return null;
}

function fire(element: Element, event: Event): void {
  element.dispatchEvent(event);
}

/** Sets `value` and fires focus, input, change and blur. Returns the value the field held before. */
export function setFieldValue(element: FillableElement, value: string): string {
  const view = element.ownerDocument.defaultView ?? window;
  fire(element, new view.FocusEvent('focus'));
  fire(element, new view.FocusEvent('focusin', { bubbles: true }));
  let previous: string;
  if (element instanceof view.HTMLInputElement || element instanceof view.HTMLTextAreaElement) {
    previous = element.value;
    const set = nativeValueSetter(element);
    if (set) set(value);
    else element.value = value;
  } else {
    previous = element.textContent ?? '';
    element.textContent = value;
  }
  fire(
    element,
    new view.InputEvent('input', {
      bubbles: true,
      inputType: 'insertReplacementText',
      data: value,
    }),
  );
  fire(element, new view.Event('change', { bubbles: true }));
  fire(element, new view.FocusEvent('blur'));
  fire(element, new view.FocusEvent('focusout', { bubbles: true }));
  return previous;
}

/** Reads a field's current value (a control's value, or an editable element's text). */
export function fieldValue(element: FillableElement): string {
  const view = element.ownerDocument.defaultView ?? window;
  if (element instanceof view.HTMLInputElement || element instanceof view.HTMLTextAreaElement)
    return element.value;
  return element.textContent ?? '';
}
