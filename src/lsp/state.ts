import type { Diagnostic } from 'vscode-languageserver/node';
import type { LintResult } from '../engine/results.js';

/**
 * The newest lint of an open document, exactly as published: the text it
 * was linted from, its version, planlint's result and the diagnostics sent
 * for it, so that code actions, hovers and lenses answer for what the author
 * sees rather than for text since typed.
 */
export interface LintedDocument {
  uri: string;
  version: number;
  text: string;
  result: LintResult;
  /** The published diagnostics, one for each of `result.messages`, in the same order. */
  diagnostics: Diagnostic[];
}

/** The newest published lint of each open document; a document whose config is broken has none. */
export class LintState {
  readonly #documents = new Map<string, LintedDocument>();

  get(uri: string): LintedDocument | undefined {
    return this.#documents.get(uri);
  }

  set(document: LintedDocument): void {
    this.#documents.set(document.uri, document);
  }

  delete(uri: string): void {
    this.#documents.delete(uri);
  }
}
