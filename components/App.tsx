import './popup/popup.css';
import { ErrorBoundary } from './popup/ErrorBoundary';
import { PopupApp } from './popup/PopupApp';
import type { PageParams } from './popup/page-params';

/** The popup's root: nothing below it can leave the popup blank. */
export function App({ params }: { params: PageParams }) {
  return (
    <div class="pb-app">
      <ErrorBoundary name="The popup" heading="Postbridge">
        <PopupApp params={params} />
      </ErrorBoundary>
    </div>
  );
}
