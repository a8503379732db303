import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { absenceAnchor } from './support/concepts.js';

/** Shared by both findings: the remedy is the same whether planlint found some structure or none. */
const STYLES = 'Word: Heading 1, 2 and 3; Markdown: `#`, `##`, `###`';

const rule: Rule = {
  meta: {
    id: 'document-structure',
    type: 'suggestion',
    docs: {
      description: 'The document marks its sections with headings of its own, so that evidence is judged section by section',
      url: ruleDocsUrl('document-structure'),
    },
    // s29(2)(b) asks how the arrangements serve each outcome; a reader, and planlint, find that section by section.
    provisions: ['s29(2)(b)'],
    severity: 'info',
    messages: {
      inferred: 'The document has no headings; planlint inferred {{headings}} from numbered and title-like lines',
      none: 'The document has no headings, so evidence is looked for only near each passage',
    },
    help: {
      inferred: `Mark the headings with heading styles (${STYLES}), so findings point at the sections you meant and evidence is judged per section.`,
      none: `Give the document headings with heading styles (${STYLES}), so findings point at sections and evidence is judged per section.`,
    },
  },
  create(context) {
    return {
      end() {
        const { document, analysis } = context;
        // Text pasted from a web page or a PDF, or a Word file typed without heading styles: the author can fix it at source.
        if (!document.headingsInferred) return;
        // A title alone gives no sections: the text under it is read passage by passage, as if there were no headings.
        const count = document.blocks.reduce((total, block) => total + (block.kind === 'heading' && block.id !== analysis.titleBlock ? 1 : 0), 0);
        const loc = absenceAnchor(document, analysis, undefined);
        if (count === 0) context.report({ loc, messageId: 'none' });
        else context.report({ loc, messageId: 'inferred', data: { headings: `${count} ${count === 1 ? 'heading' : 'headings'}` } });
      },
    };
  },
};

export default rule;
