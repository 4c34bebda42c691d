import { browser } from 'wxt/browser';

/**
 * How long a content script keeps working, decided by the extension alone (issue 10 §6).
 *
 * WXT's ContentScriptContext also ends when the document receives the event
 * `<extension id>:<entrypoint>:wxt:content-script-started` (node_modules/wxt/dist/utils/
 * content-script-context.mjs, `listenForNewerScripts`): it is meant for a newer copy of the script,
 * but any page can dispatch it, and the extension id is public. A long-lived reader therefore does
 * not hang off that context. This lifetime ends only when the extension itself is gone
 * (`runtime.id` unset: updated, reloaded or removed), and a global flag in the content script's
 * isolated world, which page script cannot see, keeps a second copy from running beside a live one.
 */
export interface PageLifetime {
  readonly signal: AbortSignal;
  /** True once the extension is gone; checking it also ends the lifetime then. */
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): void;
  /** setTimeout that never fires after the lifetime ended. */
  setTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  /** A listener removed when the lifetime ends. */
  addEventListener(
    target: EventTarget,
    type: string,
    listener: EventListener,
    options?: AddEventListenerOptions,
  ): void;
}

/**
 * Starts the lifetime of the script named `flag`, or returns null when a live copy already runs
 * in this isolated world (the popup injects the script again when it gets no answer in time).
 */
export function claimPageLifetime(flag: string): PageLifetime | null {
  const live = Reflect.get(globalThis, flag);
  if (typeof live === 'function' && live() === true) return null;
  const controller = new AbortController();
  const lifetime: PageLifetime = {
    signal: controller.signal,
    get isInvalid() {
      if (!controller.signal.aborted && browser.runtime?.id === undefined) controller.abort();
      return controller.signal.aborted;
    },
    onInvalidated(callback) {
      controller.signal.addEventListener('abort', callback, { once: true });
    },
    setTimeout(callback, ms) {
      const id = setTimeout(() => {
        if (!lifetime.isInvalid) callback();
      }, ms);
      lifetime.onInvalidated(() => clearTimeout(id));
      return id;
    },
    addEventListener(target, type, listener, options) {
      target.addEventListener(type, listener, { ...options, signal: controller.signal });
    },
  };
  Reflect.set(globalThis, flag, () => !lifetime.isInvalid);
  return lifetime;
}
