import type { DocumentFormat, PlanDocument } from '../document/types.js';

/**
 * What a location's `line` and `column` mean in a format (docs/design.md
 * "Document model"): a line and column of the file; where the format has
 * no lines (Word), the paragraph's ordinal and the offset within it; in a
 * PDF, the text line's ordinal through the document, with its page beside.
 */
export type LocationKind = 'line:column' | 'paragraph' | 'page';

export interface ParseOptions {
  /** The document's uri: the absolute path it is reported under. */
  uri: string;
  /** The file size cap in force; a packaged format bounds what it inflates to by it. */
  maxFileSize: number;
}

/**
 * One input format, registered in src/parse/registry.ts. The module that
 * declares it stays light: the parser behind `parse` is imported only when a
 * file of the format is read, so a Markdown run never loads Word's stack.
 */
export interface InputFormat {
  id: DocumentFormat;
  /** How people name the format, in messages ("not a Markdown, Word or PDF plan"). */
  name: string;
  /** Extensions that folders and globs pick up, lower case with the dot. */
  extensions: readonly string[];
  /**
   * A binary format is known by its signature and sniffed before the text
   * formats, which take whatever text is left.
   */
  binary: boolean;
  locations: LocationKind;
  /**
   * Whether the bytes are this format. Throws an InputError for bytes that
   * are recognisably meant as this format but cannot be read (an old .doc, a
   * UTF-16 text), with the remedy.
   */
  sniff(bytes: Buffer, name: string): boolean;
  /**
   * The document. Throws an InputError for a problem of the file (damaged,
   * invalid front matter); anything else it throws is planlint's own fault.
   */
  parse(bytes: Buffer, options: ParseOptions): Promise<PlanDocument>;
}
