import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";

export interface ErrorBoundaryProps {
  readonly title: string;
  readonly body: string;
  readonly children: ReactNode;
}

/** Keeps the pane from going blank: a rendering error shows a message instead of an empty page. */
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  { readonly error: Error | undefined }
> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Veikart: the pane failed to render.", error, info.componentStack);
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{this.props.title}</MessageBarTitle>
          {this.props.body} ({this.state.error.message})
        </MessageBarBody>
      </MessageBar>
    );
  }
}
