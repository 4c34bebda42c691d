import './popup.css';
import { useEffect, useState } from 'preact/hooks';
import { BuildTab } from './BuildTab';
import { DryRunTab } from './DryRunTab';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import type { PageParams } from './page-params';
import { SiteAccessNotice } from './SiteAccessNotice';
import { Tabs } from './Tabs';
import { type BuildState, useBuild } from './use-build';

/** The popup page (popup.html): nothing below it can leave the popup blank. */
export function PopupPage({ params }: { params: PageParams }) {
  return (
    <div class="pb-app">
      <ErrorBoundary name="The popup" heading="Postbridge">
        <PopupView params={params} />
      </ErrorBoundary>
    </div>
  );
}

function PopupView({ params }: { params: PageParams }) {
  const build = useBuild(params.tabId);
  const { store, current } = build;
  const [dismissed, setDismissed] = useState(0);

  useEffect(() => {
    if (store.loaded && current.loaded) performance.mark('postbridge:ready');
  }, [store.loaded, current.loaded]);

  return (
    <>
      <header class="pb-header">
        <h1>Postbridge</h1>
        <Tabs current={store.tab} onChange={store.setTab} />
      </header>
      <main class="pb-main">
        {store.loaded ? (
          <>
            <Notices
              problems={store.problems.slice(dismissed)}
              onDismiss={() => setDismissed((count) => count + 1)}
            />
            <SiteAccessNotice />
            <Panels build={build} />
          </>
        ) : (
          <p class="pb-muted" role="status">
            Loading…
          </p>
        )}
      </main>
    </>
  );
}

function Panels({ build }: { build: BuildState }) {
  const { store, current, model } = build;
  return (
    <>
      <div
        id="pb-panel-build"
        role="tabpanel"
        aria-labelledby="pb-tab-build"
        hidden={store.tab !== 'build'}
      >
        <BuildTab build={build} />
      </div>
      {store.tab === 'dry-run' && (
        <div id="pb-panel-dry-run" role="tabpanel" aria-labelledby="pb-tab-dry-run">
          <ErrorBoundary name="The dry run">
            <DryRunTab
              offer={current.offer}
              effective={model.effective}
              input={model.built.input}
              result={model.result}
              draftKey={build.key}
            />
          </ErrorBoundary>
        </div>
      )}
    </>
  );
}
