import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** What to show instead of a crashed subtree; `retry` re-renders it. */
  readonly fallback: (retry: () => void) => ReactNode;
  readonly children: ReactNode;
  /** Changing this (e.g. the route) clears a caught error, so navigating away recovers. */
  readonly resetKey?: string;
}

interface State {
  readonly failedAt: string | undefined;
}

/** Catches a render error anywhere below and shows the fallback instead of a blank tab. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failedAt: undefined };

  static getDerivedStateFromError(): Partial<State> {
    return { failedAt: "pending" };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The fallback says what happened in Swedish; the console keeps the details for support.
    console.error("Målkedjan: a view failed to render", error, info.componentStack);
    this.setState({ failedAt: this.props.resetKey ?? "" });
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failedAt !== undefined && previous.resetKey !== this.props.resetKey) {
      this.setState({ failedAt: undefined });
    }
  }

  private readonly retry = (): void => this.setState({ failedAt: undefined });

  override render(): ReactNode {
    return this.state.failedAt === undefined ? this.props.children : this.props.fallback(this.retry);
  }
}
