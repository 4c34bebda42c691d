import { splitUrl } from '../url/split-url';

/**
 * Who may send each background message (issue 10 §3). Any context of the extension can call
 * `runtime.sendMessage`, including a content script on a page the user did not choose to trust, so
 * the background decides from `sender` (filled in by the browser, never by the message) whether the
 * caller is one of the extension's own pages or a content script, and refuses everything else.
 */

/** `extension-page`: popup, options, dry-run page. `content-script`: a script inside a web page. */
export type Caller = 'extension-page' | 'content-script';

/** The parts of `runtime.MessageSender` the decision reads; the browser sets every one of them. */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  origin: string;
}

/** `scheme://host[:port]`, lower-cased; null when `url` is no absolute URL or carries a userinfo. */
export function originOf(url: string | undefined): string | null {
  const split = url === undefined ? null : splitUrl(url);
  if (!split || split.host === '' || split.authority.includes('@')) return null;
  return `${split.scheme}://${split.host}${split.port ? `:${split.port}` : ''}`.toLowerCase();
}

/**
 * What kind of caller `sender` is, or null for anything else (another extension, a sender without
 * a URL). An extension page opened in a tab (the dry-run page, the popup in a test) still has the
 * extension's origin; a content script has its page's http(s) URL and a tab.
 */
export function callerOf(sender: SenderFacts, self: ExtensionIdentity): Caller | null {
  if (sender.id !== self.id) return null;
  const origin = originOf(sender.url);
  if (origin === null) return null;
  if (origin === self.origin.toLowerCase()) return 'extension-page';
  const isWebPage = origin.startsWith('https://') || origin.startsWith('http://');
  return isWebPage && sender.tab?.id !== undefined ? 'content-script' : null;
}

/** The sentence the caller gets back when it may not send a request (the request is in the detail). */
export function forbiddenMessage(caller: Caller | null): string {
  return caller === 'content-script'
    ? "A web page cannot ask Postbridge for this; only Postbridge's own popup and options can."
    : 'Postbridge answers this only to its own pages and content scripts.';
}
