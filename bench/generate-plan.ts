import { OUTCOMES } from '../src/framework/index.js';
import { actionTable, bulletList, financeTable, indicatorTable, mappingTable, outcomeCatalogue, populationTable, principleList } from './blocks.js';
import { chapterOutline, type SectionOutline } from './outline.js';
import { Random } from './random.js';
import { paragraph, sentence, type Scene } from './sentences.js';
import { placeName, TOPICS, type Topic } from './vocabulary.js';

/** Words as a reader counts them: whitespace-separated runs holding a letter or digit, so table rules and ticks do not count. */
export function countWords(text: string): number {
  let count = 0;
  for (const run of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(run)) count += 1;
  return count;
}

/** Room kept for the closing chapter, whose indicator table and governance text come last whatever the length. */
const CLOSING_RESERVE = 700;
const LEAD_INS = ['Where we are now.', 'What people told us.', 'What we will do.', 'How we will know.'] as const;
const LIST_INTROS = ['In summary:', 'Over the next three years we will:', 'Our key findings are:', 'Our commitments are:', 'What we heard:'] as const;

interface Plan {
  rng: Random;
  place: string;
  localities: string[];
}

function sceneFor(plan: Plan, topic: Topic, locality = plan.rng.pick(plan.localities)): Scene {
  return { rng: plan.rng, place: plan.place, locality, topic };
}

function opening(plan: Plan): string[] {
  const { rng, place, localities } = plan;
  // A fresh topic for each paragraph: the opening chapters range over the whole plan.
  const prose = () => paragraph(sceneFor(plan, rng.pick(TOPICS)));
  return [
    `---\ntitle: "${place} Health and Social Care Partnership: Strategic Plan 2025–2028"\ndocumentType: strategic-plan\n---`,
    `# ${place} Health and Social Care Partnership Strategic Plan 2025–2028`,
    `*Working together for longer, healthier lives in ${place}*`,
    '## Foreword',
    prose(),
    prose(),
    '## 1. Introduction',
    '### 1.1 Purpose of this plan',
    `${place} Integration Joint Board (IJB) is responsible for planning adult health and social care services across the ${place} Council area. This plan meets the requirements of section 29 of the Public Bodies (Joint Working) (Scotland) Act 2014.`,
    prose(),
    '### 1.2 The National Health and Wellbeing Outcomes',
    'The Public Bodies (Joint Working) (National Health and Wellbeing Outcomes) (Scotland) Regulations 2014 prescribe nine outcomes for integrated health and social care:',
    outcomeCatalogue(),
    '### 1.3 The integration delivery principles',
    'Section 31 of the Act sets out the integration delivery principles. The main purpose of services provided in pursuance of integration functions is to improve the wellbeing of service-users. Those services should be provided in a way which, so far as possible:',
    principleList(),
    '### 1.4 Our localities',
    `${place} is divided into ${localities.length} localities: ${localities.join(', ')}. Each has its own Locality Planning Group and locality plan.`,
    '## 2. Strategic context',
    '### 2.1 Our population',
    prose(),
    populationTable(rng, place),
    prose(),
    '### 2.2 Our finances',
    prose(),
    financeTable(rng, place),
    '## 3. Our strategic priorities and the national outcomes',
    `Our ${TOPICS.length} strategic priorities emerged from the Joint Strategic Needs Assessment and from what people told us. The table shows which National Health and Wellbeing Outcomes each priority contributes to.`,
    mappingTable(rng, TOPICS.map((topic) => topic.title)),
  ];
}

/** A `###` section; a short one is its heading and one paragraph, to fill the last of the word budget. */
function section(plan: Plan, outline: SectionOutline, number: string, short: boolean): string[] {
  const { rng } = plan;
  const scene = sceneFor(plan, outline.topic, outline.locality);
  const blocks = [`### ${number} ${outline.title}`];
  if (outline.quotesOutcome && !short) blocks.push(`> ${OUTCOMES[outline.topic.outcome - 1]!.wording}`);
  blocks.push(paragraph(scene));
  if (short) return blocks;
  for (let extra = rng.int(1, 2); extra > 0; extra -= 1) blocks.push(paragraph(scene));
  if (rng.chance(0.5)) blocks.push(`**${rng.pick(LEAD_INS)}** ${paragraph(scene, 2, 5)}`);
  if (rng.chance(0.4)) blocks.push(rng.pick(LIST_INTROS), bulletList(scene));
  if (rng.chance(0.45)) blocks.push(actionTable(scene));
  outline.subsections.forEach((subsection, index) => {
    const local = sceneFor(plan, outline.topic, subsection.locality);
    blocks.push(`#### ${number}.${index + 1} ${subsection.title}`, paragraph(local, 2, 5));
    if (rng.chance(0.4)) blocks.push(actionTable(local));
  });
  return blocks;
}

function closing(plan: Plan, chapter: number): string[] {
  return [
    `## ${chapter}. Delivering and monitoring the plan`,
    `### ${chapter}.1 Performance framework`,
    'We will report progress in our annual performance report, using the core integration indicators and the MSG indicators alongside local measures.',
    indicatorTable(plan.rng),
    `### ${chapter}.2 Governance and review`,
  ];
}

class PlanWriter {
  private readonly blocks: string[] = [];
  words = 0;

  /** Adds the blocks if they fit within `limit` words; says whether they did. */
  tryAdd(blocks: readonly string[], limit = Infinity): boolean {
    const words = countWords(blocks.join('\n'));
    if (this.words + words > limit) return false;
    this.blocks.push(...blocks);
    this.words += words;
    return true;
  }

  text(): string {
    return `${this.blocks.join('\n\n')}\n`;
  }
}

/**
 * A strategic plan of about `words` words (within 2% from 2,000 words up),
 * the same text for the same seed: numbered chapters for each outcome and
 * locality, with the outcome catalogue, mapping grid and action plans real
 * plans carry.
 */
export function generatePlan(words: number, seed = 2025): string {
  const rng = new Random(seed);
  const place = placeName(rng);
  const localities = [...new Set(Array.from({ length: 6 }, () => placeName(rng)))].filter((name) => name !== place);
  const plan: Plan = { rng, place, localities };
  const writer = new PlanWriter();
  writer.tryAdd(opening(plan));

  const budget = words - CLOSING_RESERVE;
  let chapter = 4;
  for (let full = true; full; chapter += 1) {
    const outline = chapterOutline(rng, chapter - 4, localities);
    const [first] = outline.sections;
    const heading = [`## ${chapter}. ${outline.title}`, paragraph(sceneFor(plan, first.topic, first.locality), 2, 4)];
    let added = 0;
    for (const [index, sectionOutline] of outline.sections.entries()) {
      const render = (short: boolean) => [...(added === 0 ? heading : []), ...section(plan, sectionOutline, `${chapter}.${index + 1}`, short)];
      // A section too long for what is left gives way to a short one, so the end needs little padding.
      full = writer.tryAdd(render(false), budget);
      if (!full && !writer.tryAdd(render(true), budget)) break;
      added += 1;
    }
    if (added === 0) break;
  }

  writer.tryAdd(closing(plan, chapter));
  const scene = sceneFor(plan, TOPICS[TOPICS.length - 1]!);
  while (writer.words < words) {
    const sentences = [sentence(scene)];
    while (sentences.length < 6 && writer.words + countWords(sentences.join(' ')) < words) sentences.push(sentence(scene));
    writer.tryAdd([sentences.join(' ')]);
  }
  return writer.text();
}
