import { Component, type ErrorInfo, type ReactNode } from 'react'

export interface Failure {
  /** What was thrown (anything can be thrown, not only an Error). */
  error: unknown
  /** Draws the children again: "Try again", once whatever broke is gone. */
  reset(): void
}

export interface ErrorBoundaryProps {
  children: ReactNode
  /** What to show instead of the children once they have thrown. */
  fallback(failure: Failure): ReactNode
  /** Told of each failure (React also reports it on the console). */
  onError?(error: unknown, info: ErrorInfo): void
}

interface State {
  failed: boolean
  error: unknown
}

/**
 * Catches what its children throw while drawing, so a failure takes down only this part of the
 * screen and never leaves it blank. React offers this only as a class component.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false, error: undefined }

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info)
  }

  private readonly reset = () => this.setState({ failed: false, error: undefined })

  override render(): ReactNode {
    if (this.state.failed) return this.props.fallback({ error: this.state.error, reset: this.reset })
    return this.props.children
  }
}
