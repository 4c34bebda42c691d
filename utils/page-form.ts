import type { PageNode } from '@/lib/page/node';

/**
 * Writing into a page's form: the Adjust Encoding-tool filler (utils/fill-encoding-tool.ts) and
 * "Apply to offer" on Affise (utils/apply-tracking-url.ts) decide here whether a control is shown
 * and writable, write values the way typing would, and read them back.
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

/** A text input or textarea, or an editable element whose text is its value. */
export type FormControl = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

function viewOf(node: Node): Window & typeof globalThis {
  return node.ownerDocument?.defaultView ?? window;
}

function isDomElement(node: PageNode): node is Element {
  // The walker in lib/ also passes text nodes, which have no box of their own to test.
  return typeof Element !== 'undefined' && node instanceof Element;
}

/**
 * Shown to the user: style sheets hide parts of a page (a template row or a closed panel of the
 * Encoding tool; Affise keeps inactive tabs in the page, hidden). `checkVisibility` also sees a
 * hidden ancestor; browsers without it have no boxes for what is not rendered. Anything that is
 * not an element counts as shown, so a walker can pass this as its filter.
 */
export function isShown(node: PageNode): boolean {
  if (!isDomElement(node)) return true;
  return typeof node.checkVisibility === 'function'
    ? node.checkVisibility()
    : node.getClientRects().length > 0;
}

/** Can a user type into it? Disabled and read-only controls keep what Postbridge would write. */
export function isWritable(control: FormControl): boolean {
  return !control.matches(':disabled') && !control.hasAttribute('readonly');
}

/** A found node as a control to write into, or null when it is none (gone, or not an element). */
export function asControl(node: PageNode | null | undefined): FormControl | null {
  return typeof HTMLElement !== 'undefined' && node instanceof HTMLElement ? node : null;
}

function isValueControl(control: FormControl): control is HTMLInputElement | HTMLTextAreaElement {
  const view = viewOf(control);
  return control instanceof view.HTMLInputElement || control instanceof view.HTMLTextAreaElement;
}

function nativeValueSetter(
  control: HTMLInputElement | HTMLTextAreaElement,
): ((value: string) => void) | null {
  for (
    let proto: object | null = Object.getPrototypeOf(control);
    proto;
    proto = Object.getPrototypeOf(proto)
  ) {
    const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (set) return (value) => set.call(control, value);
  }
  return null;
}

/** A control's current value (a text control's value, or an editable element's text). */
export function readField(control: FormControl): string {
  return isValueControl(control) ? control.value : (control.textContent ?? '');
}

function setValue(control: FormControl, value: string): void {
  if (!isValueControl(control)) {
    control.textContent = value;
    return;
  }
  const set = nativeValueSetter(control);
  if (set) set(value);
  else control.value = value;
}

/**
 * Writes `value` as typing would (focus, the native setter, input, change, blur), then reads the
 * control back: `now` differs from `value` when the page changed or refused it.
 */
export function writeField(control: FormControl, value: string): { previous: string; now: string } {
  const view = viewOf(control);
  const previous = readField(control);
  control.dispatchEvent(new view.FocusEvent('focus'));
  control.dispatchEvent(new view.FocusEvent('focusin', { bubbles: true }));
  setValue(control, value);
  control.dispatchEvent(
    new view.InputEvent('input', {
      bubbles: true,
      inputType: 'insertReplacementText',
      data: value,
    }),
  );
  control.dispatchEvent(new view.Event('change', { bubbles: true }));
  control.dispatchEvent(new view.FocusEvent('blur'));
  control.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
  return { previous, now: readField(control) };
}
