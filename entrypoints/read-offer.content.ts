import { defineContentScript } from 'wxt/utils/define-content-script';
import { scanDocument } from '@/utils/watch-offer-page';

/**
 * "Read this page": injected once by the background with scripting.executeScript under activeTab
 * (any site, a custom admin domain not granted yet included). Its return value is the raw scan,
 * which the background validates.
 */
export default defineContentScript({
  registration: 'runtime',
  globalName: false,
  main() {
    return scanDocument();
  },
});
