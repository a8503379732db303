import type { Coverage } from '../engine/results.js';

const SOURCE: Record<Coverage['documentTypeSource'], string> = {
  config: 'from the config',
  'front-matter': 'from its front matter',
  detected: 'detected',
};

/** The words of the text shown at most: enough to see why, short enough for one line. */
const WORDS_SHOWN = 3;

/**
 * The type a document was judged as and where that came from, in words:
 * "strategic plan (from the title)", "performance report, a board paper
 * (from its subject)", "strategic plan (a guess: nothing in its title or text
 * names its type)". A wrong type brings the wrong duties, so a reader must be
 * able to see it, and a guess must say it is one.
 */
export function describeDocumentType(coverage: Pick<Coverage, 'documentType' | 'documentTypeSource' | 'documentTypeEvidence' | 'boardPaper'>): string {
  const type = coverage.documentType.replace(/-/g, ' ') + (coverage.boardPaper ? ', a board paper' : '');
  return `${type} (${whence(coverage)})`;
}

function whence({ documentTypeSource, documentTypeEvidence: evidence }: Parameters<typeof describeDocumentType>[0]): string {
  if (documentTypeSource !== 'detected' || !evidence) return SOURCE[documentTypeSource];
  switch (evidence.from) {
    case 'title':
      return 'from the title';
    case 'subject':
      return 'from its subject';
    case 'heading':
      return `from the heading "${evidence.text ?? ''}"`;
    case 'content': {
      const words = (evidence.text ?? '').split(', ').slice(0, WORDS_SHOWN).map((word) => `"${word}"`).join(', ');
      return `${evidence.confidence === 'weak' ? 'a guess from' : 'from'} its wording: ${words}`;
    }
    case 'default':
      return 'a guess: nothing in its title or text names its type';
  }
}
