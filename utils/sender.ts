import { type Browser, browser } from 'wxt/browser';
import { hostnameOf } from '@/lib/affise/admin-host';
import { splitUrl } from '@/lib/url/split-url';
import { MessageError } from '@/utils/message-failure';

/**
 * Who sent a runtime message. Setup changes are accepted only from the extension's own pages
 * (popup, options); a content script may only ask about its own tab, whose host comes from the
 * sender (the browser fills it in), never from the message a page could influence.
 */
function extensionBase(): string {
  // String work, not `new URL().origin`: that is "null" for schemes a runtime does not know.
  return browser.runtime.getURL('/popup.html').replace(/popup\.html$/, '');
}

export function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extensionBase())
  );
}

export function requireExtensionPage(sender: Browser.runtime.MessageSender): void {
  if (!isExtensionPage(sender)) {
    throw new MessageError('forbidden', 'Only Postbridge’s own pages may change its setup.');
  }
}

export interface SenderTab {
  tabId: number;
  host: string;
}

/** The tab and host of a content script in a tab's top frame; throws for anything else. */
export function requireContentScript(sender: Browser.runtime.MessageSender): SenderTab {
  const tabId = sender.tab?.id;
  const url = sender.url ?? sender.tab?.url ?? '';
  const host = hostnameOf(splitUrl(url)?.host ?? '');
  const topFrame = sender.frameId === undefined || sender.frameId === 0;
  if (
    sender.id !== browser.runtime.id ||
    tabId === undefined ||
    !topFrame ||
    host === '' ||
    isExtensionPage(sender)
  ) {
    throw new MessageError('forbidden', 'Only Postbridge’s script in a page may send this.');
  }
  return { tabId, host };
}

/** The host a tab shows, or null when the tab is gone or its address is not visible to Postbridge. */
export async function hostOfTab(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const host = hostnameOf(splitUrl(tab?.url ?? '')?.host ?? '');
  return host === '' ? null : host;
}
