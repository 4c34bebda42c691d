import '@/utils/configure-zod';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { DryRunView } from '@/components/dry-run/DryRunView';
import { DRY_RUN_PAGE_KEY } from '@/components/dry-run/open-pages';

// A full tab for long scenarios; the popup's "Dry run" tab mounts the same view. Its edits are kept
// under a key of their own, apart from the popup's per-offer drafts; it has room for the form open.
const root = document.getElementById('app');
if (!root) throw new Error('dryrun.html has no #app element to render into.');
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
render(
  <main class="pb-app pbd-page">
    <DryRunView draftKey={DRY_RUN_PAGE_KEY} scenarioOpen />
  </main>,
  root,
);
