import '@/utils/configure-zod';
import { render } from 'preact';
import { PopupPage } from '@/components/popup/PopupPage';
import { readPageParams } from '@/components/popup/page-params';
import { errorMessage } from '@/lib/core/error-message';

// Performance marks for bench/popup.bench.mjs, measured from navigation start: `rendered` when the
// first tree is in the DOM, `first-render` at the next frame (painted), and `ready` (set by the
// popup) when the stored draft and the tab's offer are on screen.
const root = document.getElementById('app');
if (!root) throw new Error('popup.html has no #app element to render into.');
const params = readPageParams(location.search);
if (params.theme) document.documentElement.dataset.theme = params.theme;
try {
  render(<PopupPage params={params} />, root);
  performance.mark('postbridge:rendered');
  requestAnimationFrame(() => performance.mark('postbridge:first-render'));
} catch (error) {
  // Never a blank popup, even when rendering fails before any error boundary exists.
  root.textContent = `Postbridge could not start: ${errorMessage(error)}`;
}
