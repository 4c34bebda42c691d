import { Component, type ComponentChildren } from 'preact';
import { popupState } from '@/utils/popup-state';

interface ErrorBoundaryProps {
  /** What failed, in the user's words: "The popup", "The dry run". */
  name: string;
  /** Shown as the page heading when the boundary replaces the whole popup. */
  heading?: string;
  children: ComponentChildren;
}

interface ErrorBoundaryState {
  error: Error | null;
  kept: string | null;
}

/**
 * Never a blank popup: a part that throws is replaced by what failed, and what the user typed
 * (already in storage) is shown so nothing is lost even if the popup cannot recover.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, kept: null };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error(`[postbridge] ${this.props.name} failed:`, error);
    popupState
      .getValue()
      .then((state) => {
        const draft = state.drafts[state.currentKey];
        this.setState({ kept: draft ? JSON.stringify(draft, null, 2) : null });
      })
      .catch(() => this.setState({ kept: null }));
  }

  override render() {
    const { error, kept } = this.state;
    if (!error) return this.props.children;
    const notice = (
      <div class="pb-notice pb-error" role="alert" data-error-boundary={this.props.name}>
        <h3>{this.props.name} failed</h3>
        <p>
          {error.name}: {error.message}
        </p>
        <p>What you typed is kept and will be back when you reopen the popup.</p>
        <button type="button" class="pb-button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
        {kept && (
          <details class="pb-details">
            <summary>What you typed</summary>
            <pre class="pb-code">{kept}</pre>
          </details>
        )}
      </div>
    );
    if (!this.props.heading) return notice;
    return (
      <>
        <header class="pb-header">
          <h1>{this.props.heading}</h1>
        </header>
        <main class="pb-main">{notice}</main>
      </>
    );
  }
}
