// Catches a render error below it and shows a small notice instead: one broken picture or lesson
// must never blank the whole page. "Try again" renders the children afresh.

import { Component, type ReactNode } from "react";

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
    return (
      <div className="error-notice" role="alert">
        <p className="error-notice-title">Something went wrong in {this.props.what}.</p>
        <p className="error-notice-message">
          <code>{error.message || error.name}</code>
        </p>
        <button type="button" className="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
