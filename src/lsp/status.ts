import { NotificationType } from 'vscode-languageserver/node';

/**
 * planlint's state for the editor's status bar: `error` is a bad config or a
 * fault of planlint's own, never findings in the plan, which the
 * diagnostics show.
 */
export interface StatusParams {
  state: 'ok' | 'linting' | 'error';
  /** One line. */
  message: string;
  uri?: string;
}

export const StatusNotification = new NotificationType<StatusParams>('planlint/status');
