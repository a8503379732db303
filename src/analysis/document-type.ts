import { DOCUMENT_TYPES, type DocumentType, type PlanDocument } from '../document/types.js';
import type { Analysis } from './types.js';

/** Title and heading cues, most specific first: a "review of the strategic plan" is a review, not a plan. */
const CUES: { type: DocumentType; pattern: RegExp }[] = [
  { type: 'integration-scheme', pattern: /\bintegration scheme\b/i },
  { type: 'performance-report', pattern: /\b(?:annual )?performance report\b/i },
  { type: 'plan-review', pattern: /\breview of (?:the |our )?(?:\w+ )?(?:strategic|commissioning) plan\b|\b(?:strategic|commissioning) plan review\b/i },
  { type: 'strategic-plan', pattern: /\b(?:strategic|commissioning) plan\b|\bstrategic commissioning\b/i },
];

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
 * its folder, what its title and headings say; a strategic plan is the
 * default, as most documents linted are.
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
  return { documentType: 'strategic-plan', documentTypeSource: 'detected' };
}
