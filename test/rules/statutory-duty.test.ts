import { describe, expect, test } from 'vitest';
import rule from '../../rules/statutory-duty.js';
import { DUTY_CHECKS } from '../../rules/support/duty-checks.js';
import { lintText } from '../../src/core/lint.js';
import { DUTIES } from '../../src/framework/index.js';
import { runRuleTests, type InvalidCase, type ValidCase } from '../support/rule-tester.js';

const OUTCOMES = [
  'Outcome 1: social prescribing for 400 people.',
  'Outcome 2: 120 more care at home packages.',
  'Outcome 3: positive experiences, tracked through NI-3.',
  'Outcome 4: quality of life, tracked through NI-7.',
  'Outcome 5: health inequalities in the most deprived areas, tracked through NI-11.',
  'Outcome 6: short breaks for 300 unpaid carers.',
  'Outcome 7: adult support and protection training for 250 staff.',
  'Outcome 8: a workforce plan by March 2026.',
  'Outcome 9: best value from a budget of £212m.',
]
  .map((line) => `- ${line}`)
  .join('\n');

const LOCALITIES = `## Our localities

### Corrie Glen

Outreach clinics in village halls (Lead: Locality Manager, by June 2026).

### Muirton

A community hub in Muirton town centre (Lead: Locality Manager, by March 2027).
`;

const PLAN = `# Strategic Plan

## How we contribute to the outcomes

${OUTCOMES}

## Prevention

Early intervention through anticipatory care plans for 80% of people over 75.

${LOCALITIES}`;

const CATALOGUE = `# Strategic Plan

## The national outcomes

1. People are able to look after and improve their own health and wellbeing and live in good health for longer.
2. People, including those with disabilities or long term conditions, or who are frail, are able to live, as far as reasonably practicable, independently and at home or in a homely setting in their community.
3. People who use health and social care services have positive experiences of those services, and have their dignity respected.
4. Health and social care services are centred on helping to maintain or improve the quality of life of people who use those services.
5. Health and social care services contribute to reducing health inequalities.
6. People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and wellbeing.
7. People who use health and social care services are safe from harm.
8. People who work in health and social care services feel engaged with the work they do and are supported to continuously improve the information, support, care and treatment they provide.
9. Resources are used effectively and efficiently in the provision of health and social care services.

## Prevention

Early intervention through anticipatory care plans.

${LOCALITIES}`;

const REVIEW = `# Review of the Strategic Plan

## Outcomes

${OUTCOMES}

## Principles

Our early intervention work met its prevention goals.

## The strategic planning group's views

The Strategic Planning Group found the arrangements effective for carers and less so for workforce.
It advised that a replacement plan should be prepared for 2026.
`;

const REPORT = `# Annual Performance Report 2024/25

## Performance against the outcomes

${OUTCOMES}

| Indicator | 2019/20 | 2020/21 | 2021/22 | 2022/23 | 2023/24 | 2024/25 |
|---|---|---|---|---|---|---|
| NI-2 | 80% | 81% | 79% | 78% | 80% | 82% |

## Principles

Our prevention work reached 80% of people over 75.

## Decisions

No significant decisions were taken outside the strategic plan this year.

## Financial performance

| Category | Spend |
|---|---|
| Adult social care | £98.2m |
| Primary care | £41.0m |
| Hospital services (set aside) | £36.5m |
`;

const VIEWS = `## The strategic planning group's views

The Strategic Planning Group found the arrangements effective.
It advised that a replacement plan should be prepared for 2026.
`;

/** What a strategic plan without its localities section is told, whatever else it lacks. */
const NO_LOCALITIES = {
  messageId: 's29-3-noLocalities',
  line: 1,
  column: 1,
  message: 's29(3): no localities are set out',
  help: 'Divide the area into two or more localities and set out the arrangements for each.',
};

const cases: { valid: ValidCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'a strategic plan that meets s29(2)(b), s29(3), s30(2) and s40', code: PLAN, documentType: 'strategic-plan' },
    { name: 'a scheme with regard to the outcomes', code: '# Integration Scheme\n\n## Aims\n\nThe Parties will pursue outcomes 1 to 3 and Outcome 6.\n', documentType: 'integration-scheme' },
    { name: 'a review with the strategic planning group’s views', code: REVIEW, documentType: 'plan-review' },
    { name: 'a performance report with all of s42', code: REPORT, documentType: 'performance-report' },
    {
      name: 'a duty turned off by its alias',
      code: CATALOGUE.replace(/^1\. [^\n]*\n/m, ''),
      documentType: 'strategic-plan',
      options: { duties: { 's29(1)(b)': false, s40: false } },
    },
  ],
  invalid: [
    {
      name: 's29(3): a plan without localities',
      code: PLAN.replace(LOCALITIES, ''),
      documentType: 'strategic-plan',
      errors: [
        NO_LOCALITIES,
      ],
    },
    {
      name: 's29(3): one locality with arrangements',
      code: PLAN.replace('A community hub in Muirton town centre (Lead: Locality Manager, by March 2027).', 'A community hub is an aspiration.'),
      documentType: 'strategic-plan',
      errors: [{ messageId: 's29-3-oneLocality', line: 21, column: 1, message: 's29(3): only one locality (Corrie Glen) has arrangements of its own' }],
    },
    {
      name: 's29(3): localities without arrangements of their own',
      code: PLAN.replace('Outreach clinics in village halls (Lead: Locality Manager, by June 2026).', 'Outreach clinics in village halls would help.').replace(
        'A community hub in Muirton town centre (Lead: Locality Manager, by March 2027).',
        'A community hub is an aspiration.',
      ),
      documentType: 'strategic-plan',
      errors: [
        {
          messageId: 's29-3-noArrangements',
          line: 21,
          column: 1,
          message: 's29(3): no locality has arrangements of its own (an action, owner, date or measure)',
        },
      ],
    },
    {
      name: 's29(2)(b), s30(2) and s40: a plan silent on the outcomes',
      code: PLAN.replace(/## How we contribute[\s\S]*?(?=## Prevention)/, ''),
      documentType: 'strategic-plan',
      errors: [
        { messageId: 's29-2-b-notSetOut', line: 1, column: 1 },
        { messageId: 's30-2-noRegardOutcomes', line: 1, column: 1, message: 's30(2): the plan shows no regard to the national health and wellbeing outcomes' },
        { messageId: 's40-outcomesNotAddressed', line: 1, column: 1 },
      ],
    },
    {
      name: 's29(2)(b) and s40: a plan that only lists the outcomes',
      code: CATALOGUE,
      documentType: 'strategic-plan',
      errors: [
        {
          messageId: 's29-2-b-notSetOut',
          line: 3,
          column: 1,
          message: 's29(2)(b): the plan does not set out how its arrangements serve 9 of the 9 outcomes',
        },
        {
          messageId: 's40-outcomesNotAddressed',
          line: 3,
          column: 1,
          message: 's40: no passage on delivering services addresses any national health and wellbeing outcome',
        },
      ],
    },
    {
      name: 's30(2) and s40: a plan silent on the delivery principles',
      code: PLAN.replace('## Prevention\n\nEarly intervention through anticipatory care plans for 80% of people over 75.\n\n', '')
        .replace(LOCALITIES, '')
        .replace('adult support and protection training', 'training in keeping people from harm'),
      documentType: 'strategic-plan',
      errors: [
        NO_LOCALITIES,
        { messageId: 's30-2-noRegardPrinciples', line: 1, column: 1, message: 's30(2): the plan shows no regard to the integration delivery principles' },
        {
          messageId: 's40-principlesNotAddressed',
          line: 1,
          column: 1,
          message: 's40: no passage on delivering services addresses any integration delivery principle',
        },
      ],
    },
    {
      name: 's29(2)(b), s30(2) and s40: a plan silent on the principles and the outcomes is told once per duty',
      code: '# Strategic Plan\n\n## Governance\n\nThe board meets quarterly.\n',
      documentType: 'strategic-plan',
      errors: [
        { messageId: 's29-2-b-notSetOut', line: 1, column: 1 },
        NO_LOCALITIES,
        {
          messageId: 's30-2-noRegard',
          line: 1,
          column: 1,
          message: 's30(2): the plan shows no regard to the delivery principles or the outcomes',
          help: 'Name the integration delivery principles and the outcomes, and say how the plan has regard to them.',
        },
        { messageId: 's40-notAddressed', line: 1, column: 1 },
      ],
    },
    {
      name: 's3(2): a scheme silent on the outcomes',
      code: '# Integration Scheme\n\n## Parties\n\nNHS Lochaird and Lochaird Council.\n',
      documentType: 'integration-scheme',
      errors: [{ messageId: 's3-2-noRegard', line: 1, column: 1, message: 's3(2): the scheme shows no regard to the national health and wellbeing outcomes' }],
    },
    {
      name: 's37(2): a review without the strategic planning group’s view on a replacement plan',
      code: REVIEW.replace('It advised that a replacement plan should be prepared for 2026.\n', ''),
      documentType: 'plan-review',
      errors: [{ messageId: 's37-2-noReplacementViews', line: 1, column: 1, message: 's37(2): the strategic planning group’s views on a replacement plan are not given' }],
    },
    {
      name: 's37(2): a review without the strategic planning group’s view on effectiveness',
      code: REVIEW.replace('The Strategic Planning Group found the arrangements effective for carers and less so for workforce.\n', ''),
      documentType: 'plan-review',
      errors: [{ messageId: 's37-2-noEffectivenessViews', line: 1, column: 1, message: 's37(2): the strategic planning group’s views on the effectiveness of the arrangements are not given' }],
    },
    {
      name: 's37(2): a review silent on the principles',
      code: `# Review of the Strategic Plan\n\n## Outcomes\n\n- Outcome 6: short breaks for 300 unpaid carers.\n\n${VIEWS}`,
      documentType: 'plan-review',
      errors: [{ messageId: 's37-2-noRegardPrinciples', line: 1, column: 1, message: 's37(2): the review shows no regard to the integration delivery principles' }],
    },
    {
      name: 's37(2): a review silent on the outcomes',
      code: `# Review of the Strategic Plan\n\n## Principles\n\nOur early intervention work met its prevention goals.\n\n${VIEWS}`,
      documentType: 'plan-review',
      errors: [{ messageId: 's37-2-noRegardOutcomes', line: 1, column: 1, message: 's37(2): the review shows no regard to the national health and wellbeing outcomes' }],
    },
    {
      name: 's37(2): a review silent on the principles and the outcomes',
      code: `# Review of the Strategic Plan\n\n${VIEWS}`,
      documentType: 'plan-review',
      errors: [
        { messageId: 's37-2-noRegard', line: 1, column: 1, message: 's37(2): the review shows no regard to the delivery principles or the outcomes' },
      ],
    },
    {
      name: 's40 and s42: a report that assesses performance against no outcome and no principle',
      code: REPORT.replace(`${OUTCOMES}\n\n`, '').replace('| NI-2 |', '| Admissions |').replace(/## Principles[\s\S]*?(?=## Decisions)/, ''),
      documentType: 'performance-report',
      errors: [
        { messageId: 's40-notAddressed', line: 1, column: 1, message: 's40: no passage on delivering services addresses any delivery principle or outcome' },
        { messageId: 's42-noPrinciples', line: 1, column: 1, message: 's42: the report assesses performance against no integration delivery principle' },
        { messageId: 's42-noOutcomes', line: 3, column: 1, message: 's42: the report assesses performance against no national health and wellbeing outcome' },
      ],
    },
    {
      name: 's42: a report without the five-year comparison, the decisions or the spending',
      code: REPORT.replace(/\| Indicator[\s\S]*?\| 82% \|\n/, '').replace(/## Decisions[\s\S]*$/, ''),
      documentType: 'performance-report',
      errors: [
        { messageId: 's42-noFiveYears', line: 1, column: 1, message: 's42: no measure is compared with the five preceding reporting years' },
        { messageId: 's42-noSignificantDecisions', line: 1, column: 1, message: 's42: the report does not say how many significant decisions were taken outside the plan' },
        { messageId: 's42-noSpending', line: 1, column: 1, message: 's42: the report shows no spending by category in a finance section' },
      ],
    },
  ],
};

runRuleTests(rule, cases);

describe('statutory-duty checks', () => {
  test('every duty of duties.json has a check, and every check a duty', () => {
    expect(Object.keys(DUTY_CHECKS).sort()).toEqual(DUTIES.map((duty) => duty.id).sort());
  });

  test('each duty’s messages cite it, in their id and their text', () => {
    for (const [id, check] of Object.entries(DUTY_CHECKS)) {
      const slug = id.replace(/[()]+/g, '-').replace(/-$/, '');
      for (const [messageId, text] of Object.entries(check.messages)) {
        expect(messageId.startsWith(`${slug}-`), messageId).toBe(true);
        expect(text.startsWith(`${id}: `), text).toBe(true);
      }
    }
  });

  test('every message is reported by some case above', () => {
    const reported = new Set(cases.invalid.flatMap((item) => item.errors.map((error) => error.messageId)));
    expect(Object.keys(rule.meta.messages).filter((messageId) => !reported.has(messageId))).toEqual([]);
  });

  test('s29(2)(b) names no outcome itself but points to each that outcome-coverage or the list leaves unserved', () => {
    const code = CATALOGUE.replace(/^6\. [^\n]*\n/m, '').replace(/^[1-5789]\. ([^\n]*)\n/gm, (line, text: string, offset: number) =>
      offset < CATALOGUE.indexOf('4.') ? `- Outcome ${line[0]}: ${text} We fund 40 link workers.\n` : line,
    );
    const { messages } = lintText(code, {
      filePath: 'plan.md',
      rules: [rule],
      config: {
        rules: { [rule.meta.id]: { severity: 2, options: { duties: {} } } },
        maxFileSize: Number.POSITIVE_INFINITY,
        configFiles: [],
      },
      documentType: 'strategic-plan',
    });
    const duty = messages.find((message) => message.messageId === 's29-2-b-notSetOut')!;
    expect(duty.message).not.toMatch(/unpaid carers/);
    const related = duty.related?.map((item) => item.message);
    expect(related).toContain('outcome 6 (unpaid carers) is not addressed anywhere (outcome-coverage)');
    expect(duty.related?.some((related) => / is only listed here$/.test(related.message))).toBe(true);
    expect(duty.related).toHaveLength(Number(/serve (\d+) of/.exec(duty.message)?.[1]));
  });
});
