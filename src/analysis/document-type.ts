import { DOCUMENT_TYPES, type Block, type DocumentType, type PlanDocument } from '../document/types.js';
import type { Analysis, DocumentTypeEvidence } from './types.js';

/** Title and heading cues, most specific first: a "review of the strategic plan" is a review, not a plan. */
const CUES: { type: DocumentType; pattern: RegExp }[] = [
  { type: 'integration-scheme', pattern: /\bintegration scheme\b/i },
  { type: 'performance-report', pattern: /\b(?:annual )?performance report\b/i },
  { type: 'plan-review', pattern: /\breview of (?:the |our )?(?:\w+ )?(?:strategic|commissioning) plan\b|\b(?:strategic|commissioning) plan review\b/i },
  // A locality plan sets out the strategic plan's arrangements for one locality (s29(3)).
  { type: 'strategic-plan', pattern: /\b(?:strategic|commissioning|locality) plan\b|\bstrategic commissioning\b/i },
];

/**
 * What each kind of document says of itself in its text: a scheme's parties
 * agree, a report reports on a year against the core indicators, a review
 * reviews. Weaker than a title, so it takes two or more of them, and more
 * than any other type has.
 */
const CONTENT_CUES: { type: DocumentType; pattern: RegExp }[] = [
  {
    type: 'integration-scheme',
    pattern: /\b(?:this|the) (?:integration )?scheme\b|\bthe parties (?:agree|will)\b|\bdelegated functions\b|\bfunctions (?:to be )?delegated\b|\bbody corporate\b/gi,
  },
  {
    type: 'performance-report',
    pattern:
      /\bthis (?:annual )?(?:performance )?report\b|\breporting (?:year|period)\b|\bsection 42\b|\bperformance against\b|\bcompared with (?:the )?(?:previous|last) year\b|\bcore (?:integration )?indicators\b/gi,
  },
  {
    type: 'plan-review',
    pattern: /\bthis review\b|\b(?:we )?reviewed (?:the|our) (?:strategic )?plan\b|\bsection 37\b|\breplacement (?:strategic )?plan\b/gi,
  },
  {
    type: 'strategic-plan',
    pattern: /\bthis (?:strategic )?plan\b|\bover the (?:next|life of this plan|three|five)\b|\bsection 29\b/gi,
  },
];

const LEAST_CONTENT_CUES = 2;

/** A lead of the document's words over the next type's this small is a guess, and said to be one. */
const FIRM_CONTENT_CUES = 3;

/**
 * The fields of a board or committee paper's cover sheet, as a line
 * ("Report to: Integration Joint Board") or a table cell ("Meeting date").
 * Three of them, one naming the meeting, make a paper.
 */
const COVER_FIELD = /^(report to|date of meeting|meeting date|meeting|agenda item|item no\.?|report by|subject|title|report title|author|action)\s*(?::\s*((?:\S.*)?))?$/i;
const MEETING_FIELD = /^(?:report to|date of meeting|meeting date|meeting|agenda item|item no\.?)$/i;
const SUBJECT_FIELD = /^(?:subject|title|report title)$/i;
const LEAST_COVER_FIELDS = 3;
/** A cover sheet stands at the start: a paper's later "Title" row is no cover. */
const COVER_BLOCKS = 40;

/** A line set out alone as a title: short, not a sentence. */
const TITLE_LINE = /^(?=.{3,120}$)[^•]*[^.:;,]$/u;
/** A PDF's cover gives the title over a few lines before the text begins. */
const COVER_LINES = 4;

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}

export interface DocumentTypeSettings {
  /** Given for this run (`--document-type`, the API): overrides the document itself. */
  explicit?: DocumentType;
  /** From a config file: a default for many files, so the file's own front matter wins. */
  configured?: DocumentType;
}

export type DocumentTypeOutput = Pick<Analysis, 'documentType' | 'documentTypeSource' | 'documentTypeEvidence' | 'boardPaper' | 'titleBlock'>;

/**
 * The document type, in order of authority: what the user set for this run,
 * what the document declares in its front matter, what the config says for
 * its folder, then what the document shows: a board paper's subject, its
 * title (a `#` heading or a plain line standing first, as in text taken from
 * a web page or a PDF), its headings, what its text says of itself; a
 * strategic plan is the default, as most documents linted are, and is said
 * to be a guess.
 */
export function resolveDocumentType(document: PlanDocument, settings: DocumentTypeSettings): DocumentTypeOutput {
  const titleBlock = findTitleBlock(document);
  const paper = boardPaper(document);
  const shape = { ...(titleBlock === undefined ? {} : { titleBlock }), ...(paper ? { boardPaper: true as const } : {}) };
  if (settings.explicit) return { documentType: settings.explicit, documentTypeSource: 'config', ...shape };
  const declared = document.frontMatter['documentType'];
  if (isDocumentType(declared)) return { documentType: declared, documentTypeSource: 'front-matter', ...shape };
  if (settings.configured) return { documentType: settings.configured, documentTypeSource: 'config', ...shape };
  const detected = (documentType: DocumentType, documentTypeEvidence: DocumentTypeEvidence): DocumentTypeOutput => ({
    documentType,
    documentTypeSource: 'detected',
    documentTypeEvidence,
    ...shape,
  });
  const named = [
    ...(paper?.subject ? [{ from: 'subject' as const, ...paper.subject }] : []),
    ...titleLines(document, titleBlock).map((line) => ({ from: 'title' as const, ...line })),
    ...document.sections
      .filter((section) => section.headingBlock !== undefined && section.headingBlock !== titleBlock)
      .map((section) => ({ from: 'heading' as const, text: section.heading, line: document.blocks[section.headingBlock!]!.loc.line })),
  ];
  for (const { from, text, line } of named) {
    const cue = CUES.find((entry) => entry.pattern.test(text));
    if (cue) return detected(cue.type, { from, text, line, confidence: 'strong' });
  }
  const content = typeFromContent(document);
  if (content) return detected(content.type, { from: 'content', text: content.words.join(', '), confidence: content.firm ? 'strong' : 'weak' });
  return detected('strategic-plan', { from: 'default', confidence: 'weak' });
}

/**
 * The title, where findings about the whole document belong: what stands
 * first, a heading or a plain title line, else the parser's title heading.
 * In text without `#` headings (from a web page, a PDF) a later line that
 * starts with `#`, a footnote or a hashtag, is no title.
 */
function findTitleBlock(document: PlanDocument): number | undefined {
  const [first] = document.blocks;
  if (first?.kind === 'heading') return first.id;
  if (first?.kind === 'paragraph' && TITLE_LINE.test(first.text.split('\n')[0]!.trim())) return first.id;
  return document.titleBlock;
}

/** The title and, for a PDF's cover, the short lines set out with it; a front-matter title first. */
function titleLines(document: PlanDocument, titleBlock: number | undefined): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  const block = titleBlock === undefined ? undefined : document.blocks[titleBlock];
  const frontTitle = document.frontMatter['title'];
  if (typeof frontTitle === 'string') lines.push({ text: frontTitle, line: block?.loc.line ?? 1 });
  if (!block) return lines;
  if (block.kind !== 'heading') return [...lines, ...coverLines(block, COVER_LINES)];
  // A cover read from a PDF or a web page: the first line became the title
  // heading, and the lines set out with it, with no blank line between, are
  // still part of the title ("Glenmore IJB" over "Strategic Plan 2025–2028").
  const next = document.blocks[block.id + 1];
  const cover = next?.kind === 'paragraph' && next.loc.line === block.loc.endLine + 1 ? coverLines(next, COVER_LINES - 1) : [];
  return [...lines, { text: block.text, line: block.loc.line }, ...cover];
}

/** The short lines a block opens with, set out alone as a title's are. */
function coverLines(block: Block, most: number): { text: string; line: number }[] {
  const cover = block.text.split('\n').slice(0, most);
  const end = cover.findIndex((text) => !TITLE_LINE.test(text.trim()));
  return cover.slice(0, end === -1 ? cover.length : end).map((text, offset) => ({ text: text.trim(), line: block.loc.line + offset }));
}

interface BoardPaper {
  subject?: { text: string; line: number };
}

/**
 * A board or committee paper, told by its cover sheet. Its subject (the
 * "Subject:" line, the "Title" row) names the document it puts to the board,
 * which decides the type before the paper's own title, the board's name.
 */
function boardPaper(document: PlanDocument): BoardPaper | undefined {
  const fields = new Set<string>();
  let subject: BoardPaper['subject'];
  for (const block of document.blocks.slice(0, COVER_BLOCKS)) {
    block.text.split('\n').forEach((text, offset) => {
      const field = COVER_FIELD.exec(text.trim());
      if (!field) return;
      const name = field[1]!.toLowerCase();
      // A cell holds only its field's name, a line holds the name and the value after a colon.
      const value = field[2]?.trim() || (block.cell && field[2] === undefined ? nextCell(document, block) : undefined);
      if (!block.cell && field[2] === undefined) return;
      fields.add(name);
      if (!subject && SUBJECT_FIELD.test(name) && value) subject = { text: value, line: block.loc.line + offset };
    });
  }
  if (fields.size < LEAST_COVER_FIELDS || ![...fields].some((name) => MEETING_FIELD.test(name))) return undefined;
  return subject ? { subject } : {};
}

function nextCell(document: PlanDocument, block: Block): string | undefined {
  const next = document.blocks[block.id + 1];
  const sameRow = next?.cell && block.cell && next.cell.tableId === block.cell.tableId && next.cell.row === block.cell.row;
  return sameRow ? next.text.trim() : undefined;
}

function typeFromContent(document: PlanDocument): { type: DocumentType; words: string[]; firm: boolean } | undefined {
  const found = CONTENT_CUES.map(({ type, pattern }) => {
    const words = document.blocks.flatMap((block) => (block.kind === 'heading' ? [] : (block.text.match(pattern) ?? [])));
    return { type, words };
  }).sort((a, b) => b.words.length - a.words.length);
  const [first, second] = found;
  const lead = (first?.words.length ?? 0) - (second?.words.length ?? 0);
  if (!first || first.words.length < LEAST_CONTENT_CUES || lead <= 0) return undefined;
  const words = [...new Set(first.words.map((word) => word.toLowerCase().replace(/\s+/g, ' ')))];
  return { type: first.type, words, firm: first.words.length >= FIRM_CONTENT_CUES && lead >= second!.words.length };
}
