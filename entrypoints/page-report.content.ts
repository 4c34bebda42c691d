import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PageNode } from '@/lib/page/node';
import { buildPageReport } from '@/lib/teach/page-report';

/**
 * "Page report": injected once by the background (scripting.executeScript under activeTab) when
 * the user asks for it. Returns the page's form structure as text: no values, no address beyond
 * the host (lib/teach/page-report.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  globalName: false,
  main(): string {
    return buildPageReport(document.body as PageNode, location.hostname);
  },
});
