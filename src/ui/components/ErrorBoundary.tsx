// Catches a render error below it and shows a small notice instead: one broken picture or lesson
// must never blank the whole page. "Try again" renders the children afresh.

import { Component, type ReactNode } from "react";
import { useT } from "../i18n/index.ts";

interface Props {
  /** What failed, for the notice: "this figure", "this lesson". */
  readonly what: string;
  readonly children: ReactNode;
  /** Called before a retry, so a parent can rebuild what failed (e.g. a lazy import). */
  readonly onReset?: () => void;
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
    return <ErrorNotice what={this.props.what} error={error} onRetry={this.retry} />;
  }
}

// A function component, so that the notice can read the reader's language (a class cannot use hooks).
function ErrorNotice({ what, error, onRetry }: { what: string; error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice-title">{t.app.somethingWrong(what)}</p>
      <p className="error-notice-message">
        <code>{error.message || error.name}</code>
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t.app.tryAgain}
      </button>
    </div>
  );
}
