// Catches a render error below it and shows a small notice instead: one broken picture, lesson or
// page must never blank the whole site. The notice says what failed and offers the ways back: "Try
// again" renders the children afresh, and a boundary may offer to reset the stored items its part
// reads (a stored value that breaks a part would otherwise break it again after every reload). A part
// whose code could not be fetched (offline before it was ever opened, or the site updated since the
// page was loaded) is explained as such, with a Reload.

import { Component, type ReactNode } from "react";
import { useT } from "../i18n/index.ts";
import { isChunkLoadError } from "./chunkErrors.ts";

/** A stored item the failing part reads, and how to reset it (its text is set aside first). */
export interface StoredReset {
  /** "your saved edits", "the saved training run": what the button resets. */
  readonly label: string;
  readonly reset: () => void;
}

interface Props {
  /** What failed, for the notice: "this figure", "this lesson". */
  readonly what: string;
  readonly children: ReactNode;
  /** Called before a retry, so a parent can rebuild what failed (e.g. a lazy import). */
  readonly onReset?: () => void;
  readonly stored?: readonly StoredReset[];
}

interface State {
  readonly error: Error | undefined;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = () => {
    this.props.onReset?.();
    this.setState({ error: undefined });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorNotice what={this.props.what} error={error} onRetry={this.retry} stored={this.props.stored ?? []} />;
  }
}

// A function component, so that the notice can read the reader's language (a class cannot use hooks).
function ErrorNotice({ what, error, onRetry, stored }: { what: string; error: Error; onRetry: () => void; stored: readonly StoredReset[] }) {
  const t = useT();
  const b = t.faults.boundary;
  const chunk = isChunkLoadError(error);
  const offline = chunk && typeof navigator !== "undefined" && navigator.onLine === false;
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice-title">{t.app.somethingWrong(what)}</p>
      {chunk && <p className="error-notice-explain">{offline ? b.offline : b.updated}</p>}
      <p className="error-notice-message">
        <code>{error.message || error.name}</code>
      </p>
      <div className="error-notice-actions">
        <button type="button" className="button" onClick={onRetry}>
          {t.app.tryAgain}
        </button>
        {chunk && (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {b.reload}
          </button>
        )}
        {/* Code that did not arrive is no stored value's fault: no reset is offered for it. */}
        {!chunk &&
          stored.map((item) => (
            <button
              key={item.label}
              type="button"
              className="button"
              onClick={() => {
                item.reset();
                onRetry();
              }}
            >
              {b.reset(item.label)}
            </button>
          ))}
      </div>
    </div>
  );
}
