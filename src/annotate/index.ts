import JSZip from 'jszip';
import { InputError } from '../document/input-error.js';
import type { LintMessage } from '../engine/results.js';
import {
  anchorOn,
  commentElement,
  firstFreeId,
  removeExtended,
  removeExtensible,
  removeIds,
  removeMarkers,
  removeOwnComments,
  type NewComment,
} from './comments.js';
import { addCommentsPart, PART_TYPES, relatedPart, WordPackage } from './package.js';
import { countedParagraphs } from './paragraphs.js';
import { parsePart, xmlSafe } from './xml.js';

export { AUTHOR } from './comments.js';

const DOCUMENT = 'word/document.xml';
const WORDPROCESSING = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface AnnotateOptions {
  /** When the comments are dated; now when not given. */
  date?: Date;
}

export interface Annotated {
  docx: Buffer;
  /** Comments added, one a finding. */
  added: number;
  /** planlint's comments from an earlier run, taken out. */
  removed: number;
}

/**
 * A copy of a Word plan with one comment a finding, by author "planlint",
 * on the paragraph the finding's `line` names (docs/design.md, "Findings in
 * the Word file"). planlint's comments from an earlier run are taken out
 * first, with their ranges, references and entries in the parts Word keeps
 * beside comments; everything else in the package is carried as it was.
 */
export async function annotateDocx(input: Uint8Array, messages: readonly LintMessage[], options: AnnotateOptions = {}): Promise<Annotated> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input);
  } catch (error) {
    throw new InputError(`cannot be annotated: it is not a Word package (${(error as Error).message})`);
  }
  const pkg = new WordPackage(zip);
  const document = await pkg.read(DOCUMENT);
  if (!document) throw new InputError(`cannot be annotated: it has no ${DOCUMENT}`);
  const w = document.documentElement.lookupNamespaceURI('w') ?? WORDPROCESSING;

  const commentsName = await relatedPart(pkg, DOCUMENT, PART_TYPES.comments);
  const existing = commentsName === undefined ? undefined : await pkg.read(commentsName);
  const removed = existing ? removeOwnComments(existing) : { ids: new Set<string>(), paraIds: new Set<string>() };
  if (removed.ids.size > 0) await removeEarlier(pkg, document, removed);

  const findings = messages.filter((message) => !message.fatal);
  const paragraphs = countedParagraphs(document);
  const comments = existing ?? parsePart(`<w:comments xmlns:w="${w}"/>`, 'comments.xml');
  const cw = comments.documentElement.lookupNamespaceURI('w') ?? w;
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let id = firstFreeId(document, comments);
  for (const finding of findings) {
    // A plan the linter read has a paragraph; a line past the last (a finding on the end) goes on the last.
    const paragraph = paragraphs[Math.min(Math.max(finding.line, 1), paragraphs.length) - 1]!;
    anchorOn(paragraph, id, w);
    comments.documentElement.appendChild(commentElement(comments, id, commentFor(finding), date, cw));
    id += 1;
  }
  if (findings.length > 0 || removed.ids.size > 0) {
    pkg.write(DOCUMENT, document);
    if (commentsName !== undefined && existing) pkg.write(commentsName, comments);
    else await addCommentsPart(pkg, DOCUMENT, comments);
  }
  return { docx: await pkg.generate(), added: findings.length, removed: removed.ids.size };
}

/** Takes planlint's earlier comments out of the document and the parts beside the comments. */
async function removeEarlier(pkg: WordPackage, document: Document, removed: ReturnType<typeof removeOwnComments>): Promise<void> {
  removeMarkers(document, removed.ids);
  const extendedName = await relatedPart(pkg, DOCUMENT, PART_TYPES.commentsExtended);
  const extended = extendedName && (await pkg.read(extendedName));
  if (extendedName && extended) {
    removeExtended(extended, removed.paraIds);
    pkg.write(extendedName, extended);
  }
  const idsName = await relatedPart(pkg, DOCUMENT, PART_TYPES.commentsIds);
  const ids = idsName && (await pkg.read(idsName));
  const durable = idsName && ids ? removeIds(ids, removed.paraIds) : new Set<string>();
  if (idsName && ids) pkg.write(idsName, ids);
  const extensibleName = await relatedPart(pkg, DOCUMENT, PART_TYPES.commentsExtensible);
  const extensible = extensibleName && (await pkg.read(extensibleName));
  if (extensibleName && extensible) {
    removeExtensible(extensible, durable);
    pkg.write(extensibleName, extensible);
  }
}

/**
 * What a comment says: the rule and the level, then the message, then the
 * help on a paragraph of its own. It never opens with `planlint-`, so a
 * later lint of the copy never reads it as a disable directive.
 */
export function commentFor(finding: Pick<LintMessage, 'ruleId' | 'level' | 'message' | 'help'>): NewComment {
  const lines = [`${finding.ruleId ?? 'planlint'} (${finding.level}): ${finding.message}`, ...(finding.help ? [finding.help] : [])];
  return { paragraphs: lines.flatMap((line) => xmlSafe(line).split(/\r\n|[\r\n]/)) };
}
