import { DOCUMENT_TYPES, type DocumentType, type PlanDocument } from '../document/types.js';
import type { Analysis } from './types.js';

/** Title and heading cues, most specific first: a "review of the strategic plan" is a review, not a plan. */
const CUES: { type: DocumentType; pattern: RegExp }[] = [
  { type: 'integration-scheme', pattern: /\bintegration scheme\b/i },
  { type: 'performance-report', pattern: /\b(?:annual )?performance report\b/i },
  { type: 'plan-review', pattern: /\breview of (?:the |our )?(?:\w+ )?(?:strategic|commissioning) plan\b|\b(?:strategic|commissioning) plan review\b/i },
  { type: 'strategic-plan', pattern: /\b(?:strategic|commissioning) plan\b|\bstrategic commissioning\b/i },
];

/**
 * What each kind of document says of itself in its text: a scheme's parties
 * agree, a report reports on a year, a review reviews. Weaker than a title,
 * so it takes two or more of them, and more than any other type has.
 */
const CONTENT_CUES: { type: DocumentType; pattern: RegExp }[] = [
  {
    type: 'integration-scheme',
    pattern: /\b(?:this|the) (?:integration )?scheme\b|\bthe parties (?:agree|will)\b|\bdelegated functions\b|\bfunctions (?:to be )?delegated\b|\bbody corporate\b/gi,
  },
  {
    type: 'performance-report',
    pattern: /\bthis (?:annual )?(?:performance )?report\b|\breporting (?:year|period)\b|\bsection 42\b|\bperformance against\b|\bcompared with (?:the )?(?:previous|last) year\b/gi,
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

export function isDocumentType(value: unknown): value is DocumentType {
  return typeof value === 'string' && (DOCUMENT_TYPES as readonly string[]).includes(value);
}

export interface DocumentTypeSettings {
  /** Given for this run (`--document-type`, the API): overrides the document itself. */
  explicit?: DocumentType;
  /** From a config file: a default for many files, so the file's own front matter wins. */
  configured?: DocumentType;
}

/**
 * The document type, in order of authority: what the user set for this run,
 * what the document declares in its front matter, what the config says for
 * its folder, what its title and headings say, what its text says of itself;
 * a strategic plan is the default, as most documents linted are.
 */
export function resolveDocumentType(
  document: PlanDocument,
  settings: DocumentTypeSettings,
): Pick<Analysis, 'documentType' | 'documentTypeSource'> {
  if (settings.explicit) return { documentType: settings.explicit, documentTypeSource: 'config' };
  const declared = document.frontMatter['documentType'];
  if (isDocumentType(declared)) return { documentType: declared, documentTypeSource: 'front-matter' };
  if (settings.configured) return { documentType: settings.configured, documentTypeSource: 'config' };
  const headings = [document.title ?? '', ...document.sections.map((section) => section.heading)];
  for (const heading of headings) {
    const cue = CUES.find((entry) => entry.pattern.test(heading));
    if (cue) return { documentType: cue.type, documentTypeSource: 'detected' };
  }
  return { documentType: typeFromContent(document) ?? 'strategic-plan', documentTypeSource: 'detected' };
}

function typeFromContent(document: PlanDocument): DocumentType | undefined {
  const counts = CONTENT_CUES.map(({ type, pattern }) => ({
    type,
    count: document.blocks.reduce((sum, block) => sum + (block.kind === 'heading' ? 0 : (block.text.match(pattern)?.length ?? 0)), 0),
  })).sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  return first && first.count >= LEAST_CONTENT_CUES && first.count > (second?.count ?? 0) ? first.type : undefined;
}
