import { errorMessage } from '@/lib/core/error-message';
import { isButton, isOutputElement, isTextControl, textOf } from '@/lib/page/find-control';
import { buildLocator, type FieldLocator, matchLocator } from '@/lib/page/locator';
import type { PageNode } from '@/lib/page/node';

/**
 * The page side of "Show me where it is": outlines what the pointer (or keyboard focus) is on, and
 * turns the element the user chooses into a taught locator (lib/page/locator.ts). Mouse: hover and
 * click. Keyboard: Tab moves between the page's fields, the arrow keys step through any text, Enter
 * chooses, Esc leaves. The page's own handlers never see the choosing click (it might submit a form
 * or add a row).
 */

export interface PickRequest {
  name: string;
  many: boolean;
}

export interface PickCallbacks {
  /** Saves the locator; resolves with the sentence to show. */
  save: (locator: FieldLocator) => Promise<{ ok: boolean; message: string }>;
  cancel: () => void;
}

const Z_TOP = '2147483647';
const ACCENT = '#d9480f';
/** How long the result stays on screen before pick mode removes itself. */
const RESULT_MS = 4000;

/** Elements worth stepping to with the arrow keys: fields, buttons, outputs and short texts. */
function isPickable(element: Element): boolean {
  const node = element as unknown as PageNode;
  if (isTextControl(node) || isButton(node) || isOutputElement(node)) return true;
  if (['select', 'input'].includes(element.localName)) return true;
  const hasOwnText = [...element.childNodes].some(
    (child) => child.nodeType === Node.TEXT_NODE && (child.textContent ?? '').trim() !== '',
  );
  return hasOwnText && textOf(node).trim().length <= 300;
}

/** What a click on `element` means: the field a label points to, else the element itself. */
function resolve(element: Element): Element {
  const label = element.closest('label');
  if (label?.htmlFor) return document.getElementById(label.htmlFor) ?? element;
  return element;
}

const PICK_STYLE = `
  .bar { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); z-index: ${Z_TOP};
    max-width: min(720px, 94vw); background: #fff; color: #1a1a1a; border: 2px solid ${ACCENT};
    border-radius: 8px; padding: 10px 14px; font: 14px/1.4 system-ui, sans-serif;
    box-shadow: 0 4px 18px rgba(0,0,0,.25); display: flex; gap: 12px; align-items: center; }
  .bar p { margin: 0; }
  button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #555;
    background: #f4f4f4; color: #1a1a1a; cursor: pointer; }
  button:focus-visible { outline: 3px solid ${ACCENT}; outline-offset: 2px; }
  .box { position: fixed; z-index: ${Z_TOP}; pointer-events: none; border: 3px solid ${ACCENT};
    border-radius: 4px; background: rgba(217,72,15,.08); display: none; }`;

function createUi(request: PickRequest, onCancel: () => void) {
  const host = document.createElement('div');
  host.setAttribute('data-postbridge-pick', '');
  const shadow = host.attachShadow({ mode: 'open' });
  // Built node by node (no innerHTML): nothing from the page or the message becomes markup.
  const style = document.createElement('style');
  style.textContent = PICK_STYLE;
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'dialog');
  bar.setAttribute('aria-label', 'Postbridge: show a field');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.textContent = 'Cancel';
  bar.append(status, cancel);
  const box = document.createElement('div');
  box.className = 'box';
  shadow.append(style, bar, box);
  status.textContent = `Postbridge: click the “${request.name}” on this page. Tab moves between fields, the arrow keys step through texts, Enter chooses, Esc cancels.`;
  cancel.addEventListener('click', onCancel);
  document.documentElement.append(host);
  const outline = (element: Element | null) => {
    if (!element) {
      box.style.display = 'none';
      return;
    }
    const rect = element.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      top: `${rect.top - 3}px`,
      left: `${rect.left - 3}px`,
      width: `${rect.width + 6}px`,
      height: `${rect.height + 6}px`,
    });
  };
  return { host, status, outline, cancelButton: cancel };
}

function locate(element: Element, many: boolean): FieldLocator | string {
  const root = document.body as unknown as PageNode;
  const target = element as unknown as PageNode;
  // No style check here: the readers match without one, and positions must count the same elements.
  const built = buildLocator(root, target, { many });
  if (!built.ok) {
    return 'Postbridge could not tell that element apart from the rest of the page: click the field itself (the box that holds the value).';
  }
  const again = matchLocator(root, built.locator, { many });
  if (again.status !== 'found' || !again.nodes.includes(target)) {
    return 'That element looks like several others on this page: click the field itself rather than the space around it.';
  }
  return built.locator;
}

const POINTER_EVENTS = [
  'mouseover',
  'mousemove',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'click',
  'dblclick',
] as const;

/** One pick mode on the page: its outline, its listeners, and the element it points at. */
class PickMode {
  private current: Element | null = null;
  private done = false;
  private readonly ui: ReturnType<typeof createUi>;

  constructor(
    private readonly request: PickRequest,
    private readonly callbacks: PickCallbacks,
  ) {
    // The result of the previous pick may still be on screen: one bar at a time.
    for (const old of document.querySelectorAll('[data-postbridge-pick]')) old.remove();
    this.ui = createUi(request, () => this.finish(true));
    for (const type of POINTER_EVENTS) window.addEventListener(type, this.onPointer, true);
    window.addEventListener('keydown', this.onKey, true);
    window.addEventListener('focusin', this.onFocus, true);
    const active = document.activeElement;
    if (active && active !== document.body) this.point(resolve(active));
  }

  finish(cancelled: boolean): void {
    if (!this.done) this.removeListeners();
    this.done = true;
    this.ui.host.remove();
    if (cancelled) this.callbacks.cancel();
  }

  private removeListeners(): void {
    for (const type of POINTER_EVENTS) window.removeEventListener(type, this.onPointer, true);
    window.removeEventListener('keydown', this.onKey, true);
    window.removeEventListener('focusin', this.onFocus, true);
  }

  private inUi(event: Event): boolean {
    return event.composedPath().includes(this.ui.host);
  }

  private point(element: Element | null): void {
    this.current = element;
    this.ui.outline(element);
  }

  private async choose(element: Element): Promise<void> {
    const located = locate(element, this.request.many);
    if (typeof located === 'string') {
      this.ui.status.textContent = located;
      return;
    }
    this.done = true;
    this.removeListeners();
    this.ui.outline(element);
    const result = await this.callbacks.save(located).catch((error: unknown) => ({
      ok: false,
      message: `Postbridge could not save this: ${errorMessage(error)}`,
    }));
    this.ui.status.textContent = result.message;
    setTimeout(() => this.ui.host.remove(), RESULT_MS);
  }

  /** Arrow keys: the next or previous pickable element in page order. */
  private step(direction: 1 | -1): void {
    const all = [...document.body.querySelectorAll('*')].filter(
      (el) => isPickable(el) && !this.ui.host.contains(el) && el.getClientRects().length > 0,
    );
    const at = this.current ? all.indexOf(this.current) : -1;
    const next = all[Math.min(all.length - 1, Math.max(0, at + direction))] ?? null;
    next?.scrollIntoView({ block: 'nearest' });
    this.point(next);
  }

  private readonly onPointer = (event: Event): void => {
    if (this.done || this.inUi(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const target = event.target instanceof Element ? resolve(event.target) : null;
    if (event.type === 'mouseover' || event.type === 'mousemove') this.point(target);
    if (event.type === 'click' && target) void this.choose(target);
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    if (this.done) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.finish(true);
      return;
    }
    if (this.inUi(event)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.step(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && this.current) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void this.choose(this.current);
    }
  };

  private readonly onFocus = (event: FocusEvent): void => {
    if (this.done || this.inUi(event) || !(event.target instanceof Element)) return;
    this.point(resolve(event.target));
  };
}

/** Starts pick mode; returns a function that leaves it. */
export function startPickMode(request: PickRequest, callbacks: PickCallbacks): () => void {
  const mode = new PickMode(request, callbacks);
  return () => mode.finish(false);
}
