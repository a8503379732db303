/**
 * What the status bar item says, from the server's `planlint/status`
 * notifications. Kept apart from the `vscode` API so that it is tested as it
 * runs.
 */

export interface PlanlintStatus {
  state: 'ok' | 'linting' | 'error';
  message: string;
  uri?: string;
}

export interface StatusView {
  text: string;
  tooltip: string;
  /** Shown on the status bar's error background, so a bad config is seen without opening the output. */
  error: boolean;
}

const ICONS: Record<PlanlintStatus['state'], string> = { ok: '$(check)', linting: '$(sync~spin)', error: '$(error)' };

export function statusView(status: PlanlintStatus): StatusView {
  return {
    text: `${ICONS[status.state]} planlint`,
    tooltip: `${status.message ? `planlint: ${status.message}` : `planlint: ${status.state}`}\nClick to show planlint's output.`,
    error: status.state === 'error',
  };
}

/**
 * The status to show for the document in the active editor. In a multi-root
 * workspace each folder has its own config, so one folder's bad config must not
 * paint another folder's document red: a status that names a document holds for
 * that document, one that names none for every document without its own.
 */
export class StatusTracker {
  private readonly documents = new Map<string, PlanlintStatus>();

  constructor(private workspace: PlanlintStatus) {}

  update(status: PlanlintStatus): void {
    if (status.uri === undefined) this.workspace = status;
    else this.documents.set(status.uri, status);
  }

  forget(uri: string): void {
    this.documents.delete(uri);
  }

  current(activeUri: string | undefined): PlanlintStatus {
    return (activeUri === undefined ? undefined : this.documents.get(activeUri)) ?? this.workspace;
  }
}
