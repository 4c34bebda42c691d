import { defineContentScript } from 'wxt/utils/define-content-script';
import { fetchPageTaught, readerLocators } from '@/utils/taught-page';
import { scanDocument } from '@/utils/watch-offer-page';

/**
 * "Read this page": injected once by the background with scripting.executeScript under activeTab
 * (any site, a custom admin domain not granted yet included). Its return value is the raw scan,
 * which the background validates. Fields taught for this host are read where the user showed them.
 */
export default defineContentScript({
  registration: 'runtime',
  globalName: false,
  async main() {
    return scanDocument(readerLocators(await fetchPageTaught()));
  },
});
