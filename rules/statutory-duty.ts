import { ruleDocsUrl } from '../src/engine/docs-url.js';
import type { Rule } from '../src/engine/types.js';
import { DUTIES, dutyById } from '../src/framework/index.js';
import { DUTY_CHECKS, DUTY_HELP, DUTY_MESSAGES } from './support/duty-checks.js';

export type StatutoryDutyOptions = {
  /** Duties to leave unchecked, by id or accepted alias ("s29(1)(b)"), set to false. */
  duties: Record<string, boolean>;
};

/**
 * The duties of the Act that apply to the document's type (docs/statute.md), each
 * finding citing its provision, so a reviewer can weigh it against the law.
 */
const rule: Rule<StatutoryDutyOptions> = {
  meta: {
    id: 'statutory-duty',
    type: 'problem',
    docs: {
      description: 'The document meets the duties of the Act that apply to its type (s3(2), s29(2)(b), s29(3), s30(2), s37(2), s40, s42)',
      url: ruleDocsUrl('statutory-duty'),
    },
    provisions: DUTIES.map((duty) => duty.id),
    severity: 'error',
    schema: {
      type: 'object',
      properties: {
        duties: {
          type: 'object',
          propertyNames: { enum: DUTIES.flatMap((duty) => [duty.id, ...duty.aliases]) },
          additionalProperties: { type: 'boolean' },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { duties: {} },
    // One message per duty problem, each citing its provision (rules/support/duty-checks.ts).
    messages: DUTY_MESSAGES,
    help: DUTY_HELP,
  },
  create(context) {
    const { document, analysis, options } = context;
    const off = new Set(
      Object.entries(options.duties)
        .filter(([, enabled]) => !enabled)
        .map(([citation]) => dutyById(citation)?.id),
    );
    return {
      end() {
        for (const duty of DUTIES) {
          if (off.has(duty.id) || !duty.appliesTo.includes(analysis.documentType)) continue;
          // A board paper puts its subject to the board. An annual report, a plan or a scheme is published and linted
          // on its own, so its duties are not the paper's; a review of the plan (s37) is reported in the paper itself.
          if (analysis.boardPaper && !duty.inBoardPapers) continue;
          for (const problem of DUTY_CHECKS[duty.id]?.check(document, analysis) ?? []) context.report(problem);
        }
      },
    };
  },
};

export default rule;
