import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ICommentOptions,
  type IPropertiesOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import { markdownToDocx } from './markdown-to-docx.js';

/**
 * Writes the Word fixtures: a .docx twin of every Markdown sample plan, and
 * two plans built directly in Word's own terms (styles, numbering, merged
 * cells, tracked changes, comments, footnotes, headers and footers) that no
 * Markdown source can express. What each plan should score is recorded by
 * hand in its `.labels.json` and explained in fixtures/README.md.
 */

const FIXTURES = new URL('../../fixtures/', import.meta.url);

type Block = Paragraph | Table;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Fixed authors and dates for comments and tracked changes, so a rebuild changes nothing the plans say. */
const PLANNING_TEAM = { author: 'Strategic Planning Team', initials: 'SPT' };
const REVISION = { author: PLANNING_TEAM.author, date: '2025-06-02T09:00:00Z' };
const COMMENT_DATE = new Date('2025-06-03T10:00:00Z');

/**
 * Word's annotation ids (comments, insertions, deletions) share one space,
 * so each kind takes its own range.
 */
const COMMENT_IDS = { disableOutcomeEvidence: 0, checkWithFinance: 1 };
const REVISION_IDS = { deletion: 10, insertion: 11 };
const FOOTNOTE_DATA_SOURCE = 1;

const BULLET = 'bullet';
const DECIMAL = 'decimal';

const NUMBERING: NumberingDefinition[] = [
  {
    reference: BULLET,
    levels: [0, 1].map((level) => ({
      level,
      format: LevelFormat.BULLET,
      text: level === 0 ? '•' : '◦',
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    })),
  },
  {
    reference: DECIMAL,
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
  },
];

/** A section heading in a custom style, as partnerships' house templates define them. */
const PLAN_HEADING_STYLE = {
  id: 'PlanHeading',
  name: 'Plan Heading',
  basedOn: 'Heading2',
  next: 'Normal',
  quickFormat: true,
  run: { color: '1F4E79', bold: true, size: 28 },
  // Outline level 1 is what makes Word show it as a level-2 heading in the navigation pane.
  paragraph: { outlineLevel: 1, spacing: { before: 240, after: 120 } },
};

function heading(level: keyof typeof HEADINGS, text: string): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], text });
}

function para(...children: (string | ParagraphChild)[]): Paragraph {
  return new Paragraph({ children: children.map((child) => (typeof child === 'string' ? new TextRun(child) : child)) });
}

/**
 * Numbers each list on its own: a list is one `instance` of its numbering
 * definition, so the next list starts again at 1.
 */
class Lists {
  private instances = 0;

  bullets(items: readonly string[]): Paragraph[] {
    return this.list(BULLET, items);
  }

  numbered(items: readonly string[]): Paragraph[] {
    return this.list(DECIMAL, items);
  }

  private list(reference: string, items: readonly string[]): Paragraph[] {
    const instance = ++this.instances;
    return items.map((text) => new Paragraph({ text, numbering: { reference, level: 0, instance } }));
  }
}

interface CellSpec {
  text: string;
  columnSpan?: number;
  rowSpan?: number;
}

/** A table whose first row is a header row Word repeats on each page; `rows` omit cells covered by a row span. */
function table(header: readonly string[], rows: readonly (readonly (string | CellSpec)[])[]): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    children: header.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] })),
  });
  const bodyRows = rows.map(
    (row) =>
      new TableRow({
        children: row.map((cell) => {
          const { text, ...span } = typeof cell === 'string' ? { text: cell } : cell;
          return new TableCell({ ...span, children: [new Paragraph(text)] });
        }),
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow, ...bodyRows] });
}

/** A paragraph anchored to a comment: the range covers the whole paragraph, as when a reviewer selects it. */
function commented(id: number, text: string): Paragraph {
  return new Paragraph({
    children: [
      new CommentRangeStart(id),
      new TextRun(text),
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    ],
  });
}

function comment(id: number, author: { author: string; initials: string }, text: string): ICommentOptions {
  return { id, ...author, date: COMMENT_DATE, children: [new Paragraph(text)] };
}

function pageHeader(text: string): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, text })] });
}

function pageFooter(text: string): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`${text} | Page `), new TextRun({ children: [PageNumber.CURRENT] })] })],
  });
}

/** The outcomes as SSI 2014/343 words them, for plans that reproduce the list. */
const OUTCOME_WORDINGS = [
  'People are able to look after and improve their own health and wellbeing and live in good health for longer.',
  'People, including those with disabilities or long term conditions, or who are frail, are able to live, as far as reasonably practicable, independently and at home or in a homely setting in their community.',
  'People who use health and social care services have positive experiences of those services, and have their dignity respected.',
  'Health and social care services are centred on helping to maintain or improve the quality of life of people who use those services.',
  'Health and social care services contribute to reducing health inequalities.',
  'People who provide unpaid care are supported to look after their own health and wellbeing, including to reduce any negative impact of their caring role on their own health and well-being.',
  'People who use health and social care services are safe from harm.',
  'People who work in health and social care services feel engaged with the work they do and are supported to continuously improve the information, support, care and treatment they provide.',
  'Resources are used effectively and efficiently in the provision of health and social care services.',
];

const PRINCIPLE_WORDINGS = [
  'is integrated from the point of view of service-users;',
  'takes account of the particular needs of different service-users;',
  'takes account of the particular needs of service-users in different parts of the area in which the service is being provided;',
  'takes account of the particular characteristics and circumstances of different service-users;',
  'respects the rights of service-users;',
  'takes account of the dignity of service-users;',
  'takes account of the participation by service-users in the community in which service-users live;',
  'protects and improves the safety of service-users;',
  'improves the quality of the service;',
  'is planned and led locally in a way which is engaged with the community;',
  'best anticipates needs and prevents them arising; and',
  'makes the best use of the available facilities, people and other resources.',
];

// Strathcarron HSCP Strategic Plan 2025–2028: chapters in document order.

function planCover(): Block[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: 'Strathcarron Health and Social Care Partnership' }),
    para('Strategic Plan 2025–2028'),
    para('Draft for consultation'),
  ];
}

function planForeword(): Block[] {
  return [
    heading(1, 'Foreword'),
    para(
      'We are pleased to present the second strategic plan of Strathcarron Integration Joint Board. It was shaped by the people who use our services, by families, by community groups and by the people who deliver care every day in our towns, glens and coastal villages.',
    ),
    para(
      'The plan is honest about the pressures we face. It also sets out, priority by priority and locality by locality, what we will do, who will lead it and how we will know whether it is working.',
    ),
    para('Councillor Isla Grant, Chair, Strathcarron Integration Joint Board'),
  ];
}

function planIntroduction(lists: Lists): Block[] {
  return [
    heading(1, '1. Introduction'),
    heading(2, '1.1 About this plan'),
    para(
      'Strathcarron Integration Joint Board (IJB) plans adult health and social care services across the Strathcarron Council area. Those services are delivered by NHS Strathcarron, Strathcarron Council and our third and independent sector partners, working together as Strathcarron Health and Social Care Partnership.',
    ),
    para(
      'This plan meets the requirements of section 29 of the Public Bodies (Joint Working) (Scotland) Act 2014. Chapter 4 explains how our arrangements for carrying out the integration functions contribute to each of the National Health and Wellbeing Outcomes, and Chapter 5 sets out separate arrangements for each of our three localities.',
    ),
    heading(2, '1.2 The national outcomes and the delivery principles'),
    para(
      'The Public Bodies (Joint Working) (National Health and Wellbeing Outcomes) (Scotland) Regulations 2014 prescribe nine outcomes for integrated health and social care:',
    ),
    ...lists.numbered(OUTCOME_WORDINGS),
    para(
      'Section 31 of the Act sets out the integration delivery principles. The main purpose of services provided in pursuance of integration functions is to improve the wellbeing of service-users, and those services should be provided in a way which, so far as possible:',
    ),
    ...lists.bullets(PRINCIPLE_WORDINGS),
  ];
}

function planVisionAndPopulation(lists: Lists): Block[] {
  return [
    heading(1, '2. Our vision'),
    para(
      'Our vision is that everyone in Strathcarron can live a longer, healthier life at home or in a homely setting, with support that is there when they need it and built around what matters to them.',
    ),
    para('We will work to these values:'),
    ...lists.bullets([
      'Kindness: we treat people as people, not as cases or referrals.',
      'Openness: we share what we know, including when things are not working.',
      'Fairness: we direct support to where need is greatest.',
      'Partnership: no single organisation can do this alone.',
    ]),
    heading(1, '3. Our population'),
    para('Our Joint Strategic Needs Assessment, refreshed in 2024 with Public Health Scotland, tells us that:'),
    ...lists.bullets([
      '104,600 people live in Strathcarron (National Records of Scotland, mid-2023);',
      '24.1% of residents are aged 65 or over, compared with 20.1% across Scotland;',
      'the number of people aged 85 and over is projected to rise by 41% by 2040;',
      '28% of adults live with two or more long-term conditions.',
    ]),
    para('Our older population is growing fastest in Glen Carron and the North, where services are furthest apart and public transport is limited.'),
  ];
}

function planStayingWellAndCarers(lists: Lists): Block[] {
  return [
    heading(2, '4.1 Staying well (National Outcome 1)'),
    para(
      'Prevention and early intervention are at the heart of this plan. We will extend community link workers and social prescribing so that people get help to stay well before they need more intensive support.',
    ),
    para(
      'In 2023/24, 91.2% of adults in Strathcarron said they were able to look after their health very well or quite well (NI-1; Scotland 90.7%). Our target is 93% by March 2028. We will deliver:',
    ),
    ...lists.bullets([
      'community link workers in all 19 GP practices by March 2026;',
      'a Strathcarron Moves self-management course in every locality by June 2026;',
      'smoking cessation support in every community pharmacy.',
    ]),
    heading(2, '4.2 Supporting unpaid carers (National Outcome 6)'),
    para(
      'An estimated 11,800 people in Strathcarron provide unpaid care (Census 2022), many of them older people caring for a partner. Carers told us that what they need most is a break, good information and to be treated as partners in care.',
    ),
    heading(3, '4.2.1 Short breaks'),
    para(
      'We will publish a new short breaks services statement by March 2026 (Lead: Carers Development Manager) and increase the number of carers who receive a short break from 640 to 900 a year.',
    ),
    heading(3, '4.2.2 Young carers'),
    para('Every young carer will be offered a young carer statement through their school, with a target of 250 statements a year by 2027/28.'),
  ];
}

function planHomeAndExperience(): Block[] {
  return [
    heading(2, '4.3 Home First (National Outcome 2)'),
    para(
      'Home First means that home is the default. When people need support, it should feel seamless and joined-up from their point of view, whichever organisation provides it.',
    ),
    para(
      'In 2023/24 there were 1,107 delayed discharge bed days per 1,000 population aged 75 and over (NI-19; Scotland 902). We will open a single point of access for care at home and reablement by December 2025 (Lead: Head of Adult Services).',
    ),
    heading(2, '4.4 Good experiences and quality of life (National Outcomes 3 and 4)'),
    para(
      'The main purpose of our services is to improve the wellbeing of the people who use them. Support should be person-centred, take account of the particular needs of each person and help them to do the things that matter most to them.',
    ),
    para(
      'People told us they want to be treated with dignity, to be listened to and to have a say in how their support is provided. In the Health and Care Experience Survey 2023/24, 71.5% of adults supported at home agreed that they had a say (NI-3; Scotland 70.6%), and 80.2% agreed that their support had improved or maintained their quality of life (NI-7; Scotland 78.1%).',
    ),
    para(
      'We will improve the quality of care through a quality improvement programme agreed with the Care Inspectorate; 84% of our registered care services were graded good or better in 2024/25.',
    ),
  ];
}

/**
 * A reviewer's tracked changes: the deletion takes out the plan's only
 * mention of human rights, and the insertion adds the section's only
 * evidence. Read as Word shows the final text, the section is evidenced and
 * the `rights` principle is only listed.
 */
function planInequalities(): Block[] {
  return [
    heading(2, '4.5 Tackling health inequalities (National Outcome 5)'),
    para(
      'People in our most deprived communities live shorter lives, and spend more of their lives in poor health, than people in our most affluent areas. We will work with community planning partners on the wider causes of health inequalities, including poverty and the cost of living.',
    ),
    para(
      'We will ',
      new DeletedTextRun({ id: REVISION_IDS.deletion, ...REVISION, text: 'respect the human rights of people in our most deprived communities and ' }),
      'make services easier to reach for people with protected characteristics, including people who use British Sign Language and people from minority ethnic communities',
      new InsertedTextRun({
        id: REVISION_IDS.insertion,
        ...REVISION,
        text: ', and offer income maximisation advice in every GP practice by March 2027 (Lead: Head of Health Improvement)',
      }),
      '.',
    ),
  ];
}

function planSafetyValueAndPeople(): Block[] {
  return [
    heading(2, '4.6 Keeping people safe (National Outcome 7)'),
    para(
      'Adult support and protection is overseen by the Strathcarron Public Protection Committee. Our clinical and care governance arrangements protect and improve the safety of service-users, while respecting the choices people make about the risks they take.',
    ),
    para(
      'In 2023/24, 79.4% of adults supported at home agreed that they felt safe (NI-9; Scotland 72.7%). A multi-agency case file audit will be completed every 12 months (Lead: Chief Social Work Officer).',
    ),
    heading(2, '4.7 Best value (National Outcome 9)'),
    para(
      'Every pound we spend must deliver best value and make the best use of the available facilities, people and other resources. Our Medium Term Financial Plan sets out savings of £6.3m over the first three years of this plan, and we will review every commissioned service by March 2027 (Lead: Chief Finance Officer).',
    ),
    // Outcome 8 is addressed here and nowhere else outside the catalogue, with no evidence; the comment silences the report.
    heading(2, '4.8 Our people'),
    commented(
      COMMENT_IDS.disableOutcomeEvidence,
      'Everyone who works for the partnership should feel valued, listened to and able to shape how services change. A confident and engaged workforce is how we will deliver everything else in this plan, and this priority supports National Outcome 8.',
    ),
    para('We will agree the detail with trade unions and professional leads, and report on it in our annual performance report.'),
  ];
}

function planPriorities(lists: Lists): Block[] {
  return [
    heading(1, '4. Our priorities and the national outcomes'),
    para(
      'Our eight priorities came from the needs assessment and from what people told us. Each contributes to at least one National Health and Wellbeing Outcome, and sections 4.1 to 4.8 take them in turn.',
    ),
    ...planStayingWellAndCarers(lists),
    ...planHomeAndExperience(),
    ...planInequalities(),
    ...planSafetyValueAndPeople(),
  ];
}

/** Each locality's name spans its rows; the last row's arrangement spans the first two columns. */
function planLocalities(): Block[] {
  return [
    heading(1, '5. Our localities'),
    para(
      'Strathcarron is divided into three localities, each with a Locality Planning Group chaired by a community representative, so that we take account of the particular needs of people in different parts of the area. The table sets out the main arrangements for each locality.',
    ),
    table(
      ['Locality', 'Arrangement', 'Lead', 'Timescale'],
      [
        [{ text: 'Strathcarron Town', rowSpan: 2 }, 'Urgent care hub at Carron Health Centre', 'Locality Manager (Town)', 'December 2025'],
        ['Multidisciplinary team for each GP cluster', 'Clinical Director', 'June 2026'],
        [{ text: 'Glen Carron and the North', rowSpan: 2 }, 'Community transport for health appointments', 'Locality Manager (North)', 'March 2026'],
        ['Near Me video consultations in every rural surgery', 'Primary Care Manager', 'September 2025'],
        ['The Coast', 'Falls response service for coastal villages', 'Allied Health Professions Lead', 'March 2026'],
        [{ text: 'All localities: locality plans refreshed with each Locality Planning Group', columnSpan: 2 }, 'Head of Strategic Planning', 'Annually, each April'],
      ],
    ),
    heading(2, '5.1 Strathcarron Town'),
    para(
      'Strathcarron Town (population 52,300) holds most of our GP practices and care homes and the community hospital. Emergency attendances at Carron General Hospital rose by 7% in three years.',
    ),
    heading(2, '5.2 Glen Carron and the North'),
    para('Glen Carron and the North (population 31,900) is remote and rural. One household in five has no car, and the nearest hospital can be two hours away by bus.'),
    heading(2, '5.3 The Coast'),
    para('The Coast (population 20,400) has the highest proportion of residents over 75, at 13.8%, and a growing number of people who live alone.'),
  ];
}

function planCommunities(): Block[] {
  return [
    heading(1, '6. Working with communities'),
    para('Community engagement shaped every chapter of this plan, and it will continue while the plan is delivered.'),
    heading(2, '6.1 How we developed this plan'),
    para(
      'Between October and December 2024 we held 31 drop-in sessions in community halls, libraries and health centres, received 912 survey responses and met people with lived experience of our services in each locality.',
    ),
    heading(2, '6.2 Involving people in decisions'),
    para(
      'Two people with lived experience of services and two carer representatives sit on the Strategic Planning Group. Each Locality Planning Group will publish what it has heard every six months (Lead: Locality Managers).',
    ),
    // Only the style makes this a heading: read as body text, its paragraph would fall into 6.2 and borrow that section's evidence.
    new Paragraph({ style: PLAN_HEADING_STYLE.id, text: '6.3 Being part of the community' }),
    para(
      'We want people who use our services to be able to take part in the life of the community where they live. Participation in community life matters for health, and we will build on the peer support groups, lunch clubs and walking groups that local people already run.',
    ),
  ];
}

function planFinanceActionsAndMeasures(): Block[] {
  return [
    heading(1, '7. Financial framework'),
    commented(
      COMMENT_IDS.checkWithFinance,
      "The IJB's budget for 2025/26 is £248.6m: £171.2m from NHS Strathcarron, including £24.8m set aside for large hospital services, and £77.4m from Strathcarron Council. The Medium Term Financial Plan forecasts a gap of £9.4m by 2027/28.",
    ),
    para('We will close that gap through the savings programme in section 4.7, without reducing the support that people who use our services are assessed as needing.'),
    heading(1, '8. Action plan'),
    para('The table brings together the main actions in this plan. Progress will be reported to the IJB every six months.'),
    table(
      ['Action', 'Lead', 'Timescale', 'Measure'],
      [
        ['Community link workers in all GP practices', 'Head of Primary Care', 'March 2026', '19 of 19 practices (baseline 12)'],
        ['Short breaks for unpaid carers', 'Carers Development Manager', 'March 2027', '900 carers a year (baseline 640)'],
        ['Single point of access for care at home', 'Head of Adult Services', 'December 2025', 'Delayed discharge bed days (NI-19)'],
        ['Named contact for everyone with a complex care package', 'Head of Community Health Services', 'March 2026', 'NI-3 at 75%'],
        ['Multi-agency adult protection case file audit', 'Chief Social Work Officer', 'Every 12 months', 'Audit reported to the IJB'],
        ['Review of commissioned services', 'Chief Finance Officer', 'March 2027', '£6.3m savings'],
      ],
    ),
    para('Progress against each action will be published on the partnership website.'),
    heading(1, '9. Measuring progress'),
    para(
      'We will report on the core integration indicators',
      new FootnoteReferenceRun(FOOTNOTE_DATA_SOURCE),
      ' and on local measures in our annual performance report, published by 31 July each year.',
    ),
    para('The IJB will review this plan by March 2027 and will seek the views of the Strategic Planning Group on whether a replacement plan is needed.'),
  ];
}

function strategicPlan(): Document {
  const lists = new Lists();
  const body = [
    ...planCover(),
    ...planForeword(),
    ...planIntroduction(lists),
    ...planVisionAndPopulation(lists),
    ...planPriorities(lists),
    ...planLocalities(),
    ...planCommunities(),
    ...planFinanceActionsAndMeasures(),
  ];
  // No documentType property: the type is left to be detected from the title, as for most plans received.
  const options: IPropertiesOptions = {
    title: 'Strathcarron Health and Social Care Partnership: Strategic Plan 2025–2028',
    creator: 'Strathcarron Health and Social Care Partnership',
    features: { trackRevisions: true },
    styles: { paragraphStyles: [PLAN_HEADING_STYLE] },
    numbering: { config: NUMBERING },
    comments: {
      children: [
        comment(COMMENT_IDS.disableOutcomeEvidence, PLANNING_TEAM, 'planlint-disable outcome-evidence -- figures are in the annual report'),
        comment(COMMENT_IDS.checkWithFinance, { author: 'Chief Finance Officer', initials: 'CFO' }, 'Check with finance'),
      ],
    },
    footnotes: {
      [FOOTNOTE_DATA_SOURCE]: {
        children: [para('Public Health Scotland, Core suite of integration indicators: data for 2023/24, published July 2025.')],
      },
    },
    sections: [
      {
        // Running heads repeat on every page; they are not plan content and must not count as addressing anything.
        headers: { default: pageHeader('Consultation draft: the Outcome 6 unpaid carers section was updated in June 2025') },
        footers: { default: pageFooter('Strathcarron HSCP Strategic Plan 2025–2028 | Outcome 10 (digital inclusion) is proposed for the next plan') },
        children: body,
      },
    ],
  };
  return new Document(options);
}

// Strathcarron Integration Scheme: clauses are numbered in their text, as schemes agreed between the parties are.

function schemeParties(lists: Lists): Block[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, text: 'Integration Scheme between Strathcarron Health Board and Strathcarron Council' }),
    heading(1, '1. Introduction and parties'),
    para(
      '1.1 This Integration Scheme is made under section 1 of the Public Bodies (Joint Working) (Scotland) Act 2014 ("the Act") between Strathcarron Health Board ("NHS Strathcarron") and Strathcarron Council ("the Council"), together "the Parties".',
    ),
    para(
      '1.2 The Parties have agreed that the integration model set out in section 1(4)(a) of the Act will be put in place for Strathcarron, namely the delegation of functions by the Parties to a body corporate, the Strathcarron Integration Joint Board ("the IJB").',
    ),
    heading(1, '2. Aims and outcomes'),
    para(
      '2.1 The main purpose of integration is to improve the wellbeing of people who use health and social care services, particularly those whose needs are complex.',
    ),
    para(
      '2.2 In preparing this Scheme the Parties have had regard to the national health and wellbeing outcomes prescribed in the Public Bodies (Joint Working) (National Health and Wellbeing Outcomes) (Scotland) Regulations 2014, which are:',
    ),
    ...lists.numbered(OUTCOME_WORDINGS),
    para(
      '2.3 The Parties have also had regard to the integration delivery principles in section 31 of the Act, in particular that services should be integrated from the point of view of service-users, take account of the particular needs of different service-users and of their dignity, and best anticipate needs and prevent them arising.',
    ),
    heading(1, '3. Local governance arrangements'),
    para('3.1 The Council will nominate four councillors, and NHS Strathcarron four non-executive members, as the voting members of the IJB.'),
    para('3.2 The Chair and Vice Chair will be drawn from the voting members, with each Party holding each office in turn.'),
    para('3.3 The IJB will establish an Audit and Performance Committee and such other committees as it considers appropriate.'),
  ];
}

function schemeDelegation(): Block[] {
  return [
    heading(1, '4. Delegation of functions'),
    para('4.1 The functions delegated by the Parties to the IJB, and the services to which they relate, are summarised in the table below and listed in full in the Annex.'),
    table(
      ['Function or service', 'Delegated by', 'Main enactment'],
      [
        ['Social work services for adults and older people', 'Strathcarron Council', 'Social Work (Scotland) Act 1968'],
        ['Care at home, housing support and aids and adaptations', 'Strathcarron Council', 'Social Work (Scotland) Act 1968'],
        ['Support for unpaid carers, including short breaks', 'Strathcarron Council', 'Carers (Scotland) Act 2016'],
        ['Adult support and protection', 'Strathcarron Council', 'Adult Support and Protection (Scotland) Act 2007'],
        ['District nursing and allied health professions', 'NHS Strathcarron', 'National Health Service (Scotland) Act 1978'],
        ['Community mental health and addiction services', 'NHS Strathcarron', 'Mental Health (Care and Treatment) (Scotland) Act 2003'],
        ['Palliative care provided outwith hospital', 'NHS Strathcarron', 'National Health Service (Scotland) Act 1978'],
        ['Health improvement services', 'NHS Strathcarron', 'Public Health etc. (Scotland) Act 2008'],
      ],
    ),
    para('4.2 The functions are delegated only in relation to persons aged 18 and over.'),
  ];
}

function schemeDeliveryAndGovernance(): Block[] {
  return [
    heading(1, '5. Local operational delivery arrangements'),
    para('5.1 The IJB will give directions to the Parties to carry out the delegated functions, in line with the Strategic Plan and this Scheme.'),
    para(
      '5.2 The Strategic Plan will divide the area into three localities, with separate arrangements for each. Locality plans will be agreed for every locality by 31 March 2026 (Lead: Chief Officer).',
    ),
    para(
      '5.3 The Parties will give the IJB the information it needs to monitor performance, including the core integration indicators (NI-1 to NI-23), and the IJB will publish its annual performance report by 31 July each year.',
    ),
    heading(1, '6. Clinical and care governance'),
    para(
      '6.1 The Strathcarron Clinical and Care Governance Group will give the Parties and the IJB assurance that delegated services protect and improve the safety of service-users, keep people safe from harm and improve the quality of the service. The Group will meet at least every 3 months.',
    ),
    para('6.2 The Chief Social Work Officer will provide an annual report to the Council, and a copy to the IJB, by 30 September each year.'),
    heading(1, '7. Chief Officer'),
    para(
      '7.1 The IJB will appoint a Chief Officer under section 10 of the Act. The Chief Officer will be employed by one of the Parties and will be a member of the senior management teams of both.',
    ),
  ];
}

function schemeWorkforceAndFinance(): Block[] {
  return [
    heading(1, '8. Workforce'),
    para('8.1 Staff delivering delegated services will remain employed by their existing employer, and their terms and conditions will not change as a result of this Scheme.'),
    para(
      '8.2 The Parties will publish a joint workforce plan for the delegated services by 31 March 2026 (Lead: Chief Officer) and will report staff engagement results to the IJB each year.',
    ),
    heading(1, '9. Finance'),
    para(
      '9.1 The Chief Finance Officer will present a draft budget for the IJB to the Parties by 31 January each year, and the Parties will confirm their payments to the IJB by 31 March each year.',
    ),
    para('9.2 The IJB will secure best value and make the best use of the available facilities, people and other resources.'),
    para('9.3 Where an overspend is forecast, the Chief Officer and the Chief Finance Officer will agree a recovery plan with the Parties within 8 weeks.'),
  ];
}

function schemeEngagementAndDisputes(lists: Lists): Block[] {
  return [
    heading(1, '10. Participation and engagement'),
    para(
      '10.1 In preparing this Scheme the Parties consulted people who use services, carers, staff, the third and independent sectors and the public, and took the responses into account.',
    ),
    para(
      '10.2 The IJB will prepare a Participation and Engagement Strategy within 6 months of this Scheme coming into effect (Lead: Chief Officer), so that services are planned and led locally in a way which is engaged with the community and support the participation of service-users in the community in which they live.',
    ),
    heading(1, '11. Information-sharing and complaints'),
    para('11.1 The Parties and the IJB will sign the Strathcarron Information Sharing Accord, and the Parties will remain the data controllers for the records they hold.'),
    para(
      '11.2 Complaints will be handled by the Party that delivers the service, under its own complaints handling procedure, and where a complaint involves both Parties the person making it will receive a single reply.',
    ),
    heading(1, '12. Dispute resolution'),
    para(
      '12.1 Where the Parties fail to agree on any issue related to this Scheme, their Chief Executives will meet to resolve it within 14 days; if it remains unresolved, the Parties will proceed to mediation.',
    ),
    heading(1, 'Annex: Enactments under which functions are delegated'),
    para('Functions are delegated under the following enactments, so far as they relate to the services in section 4:'),
    ...lists.bullets([
      'the Social Work (Scotland) Act 1968;',
      'the National Health Service (Scotland) Act 1978;',
      'the Adult Support and Protection (Scotland) Act 2007;',
      'the Social Care (Self-directed Support) (Scotland) Act 2013;',
      'the Carers (Scotland) Act 2016.',
    ]),
  ];
}

function integrationScheme(): Document {
  const lists = new Lists();
  return new Document({
    title: 'Strathcarron Integration Scheme',
    creator: 'NHS Strathcarron and Strathcarron Council',
    customProperties: [{ name: 'documentType', value: 'integration-scheme' }],
    numbering: { config: NUMBERING },
    sections: [
      {
        headers: { default: pageHeader('Strathcarron Integration Scheme') },
        footers: { default: pageFooter('Version 2.0, as approved by the Parties') },
        children: [
          ...schemeParties(lists),
          ...schemeDelegation(),
          ...schemeDeliveryAndGovernance(),
          ...schemeWorkforceAndFinance(),
          ...schemeEngagementAndDisputes(lists),
        ],
      },
    ],
  });
}

/**
 * A carers update typed as many are: its headings are Normal paragraphs made
 * bold and larger by hand, so Word, and planlint, see no heading styles.
 */
function typedWithoutHeadingStyles(): Document {
  const typedHeading = (text: string, size: number) => new Paragraph({ children: [new TextRun({ text, bold: true, size })] });
  return new Document({
    creator: 'Glenmuir Health and Social Care Partnership',
    sections: [
      {
        children: [
          typedHeading('Glenmuir Carers Update 2025', 36),
          para('This update tells unpaid carers in Glenmuir what has changed in the support the partnership offers.'),
          typedHeading('Supporting Unpaid Carers', 28),
          para('Carers can ask for an Adult Carer Support Plan at any time. We will open a carers’ hub in Glenmuir East by March 2026.'),
          typedHeading('Short Breaks', 28),
          para('Short breaks are arranged through the Carers Centre, which answers calls on weekdays.'),
        ],
      },
    ],
  });
}

function write(name: string, content: Buffer): void {
  const target = new URL(name, FIXTURES);
  writeFileSync(target, content);
  process.stdout.write(`wrote ${target.pathname}\n`);
}

async function writeTwins(): Promise<void> {
  const plans = readdirSync(FIXTURES).filter((name) => name.endsWith('.md') && name !== 'README.md');
  for (const plan of plans) {
    write(plan.replace(/\.md$/, '.docx'), await markdownToDocx(readFileSync(new URL(plan, FIXTURES), 'utf8')));
  }
}

await writeTwins();
write('word-strategic-plan.docx', await Packer.toBuffer(strategicPlan()));
write('word-integration-scheme.docx', await Packer.toBuffer(integrationScheme()));
write('document-structure/no-heading-styles.docx', await Packer.toBuffer(typedWithoutHeadingStyles()));
