import { actionTable, bulletList, financeTable, indicatorTable, mappingTable, outcomeCatalogue, populationTable, principleList } from './blocks.js';
import { Random } from './random.js';
import { capitalise, paragraph, sentence, type Scene } from './sentences.js';
import { placeName, TOPICS, type Topic } from './vocabulary.js';
import { OUTCOMES } from '../src/framework/index.js';

/** Words as a reader counts them: whitespace-separated runs holding a letter or digit, so table rules and ticks do not count. */
export function countWords(text: string): number {
  let count = 0;
  for (const run of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(run)) count += 1;
  return count;
}

/** Room kept for the closing chapter, whose indicator table and governance text come last whatever the length. */
const CLOSING_RESERVE = 700;
const SECTION_TITLES = ['Where we are now', 'What people told us', 'What we will do', 'How we will know we are making a difference', 'Progress since the last plan', 'Risks and dependencies'];

class PlanWriter {
  private readonly blocks: string[] = [];
  words = 0;

  add(...blocks: string[]): void {
    for (const block of blocks) {
      this.blocks.push(block);
      this.words += countWords(block);
    }
  }

  text(): string {
    return `${this.blocks.join('\n\n')}\n`;
  }
}

interface Plan {
  rng: Random;
  place: string;
  localities: string[];
}

function sceneFor(plan: Plan, topic: Topic, locality = plan.rng.pick(plan.localities)): Scene {
  return { rng: plan.rng, place: plan.place, locality, topic };
}

function opening(plan: Plan, priorities: readonly string[]): string[] {
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
    `${priorities.length} strategic priorities emerged from the Joint Strategic Needs Assessment and from what people told us. The table shows which National Health and Wellbeing Outcomes each priority contributes to.`,
    mappingTable(rng, priorities),
  ];
}

/** A `###` section: prose, then some of a list, an action plan and `####` subsections by locality. */
function section(plan: Plan, topic: Topic, number: string, index: number, full: boolean): string[] {
  const { rng } = plan;
  const scene = sceneFor(plan, topic);
  const title = index === 0 ? SECTION_TITLES[0]! : `${capitalise(rng.pick(topic.services))}: ${rng.pick(SECTION_TITLES).toLowerCase()}`;
  const blocks = [`### ${number} ${title}`, paragraph(scene)];
  if (!full) return blocks;
  if (index === 0) blocks.push(`> ${OUTCOMES[topic.outcome - 1]!.wording}`);
  if (rng.chance(0.5)) blocks.push(paragraph(scene));
  if (rng.chance(0.4)) blocks.push(`${sentence(scene).replace(/\.$/, '')}:`, bulletList(scene));
  if (rng.chance(0.45)) blocks.push(actionTable(scene));
  if (rng.chance(0.35)) {
    rng.sample(plan.localities, rng.int(2, 3)).forEach((locality, sub) => {
      const local = sceneFor(plan, topic, locality);
      blocks.push(`#### ${number}.${sub + 1} ${locality}`, paragraph(local, 2, 5));
      if (rng.chance(0.4)) blocks.push(actionTable(local));
    });
  }
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

/**
 * A strategic plan of about `words` words (within 2% from 2,000 words up),
 * the same text for the same seed: numbered chapters for each priority, with
 * the outcome catalogue, mapping grid and action plans real plans carry.
 */
export function generatePlan(words: number, seed = 2025): string {
  const rng = new Random(seed);
  const place = placeName(rng);
  const localities = Array.from(new Set(Array.from({ length: 6 }, () => placeName(rng)))).filter((name) => name !== place);
  const plan: Plan = { rng, place, localities };
  const writer = new PlanWriter();
  writer.add(...opening(plan, TOPICS.map((topic) => topic.title)));

  let chapter = 3;
  const budget = words - CLOSING_RESERVE;
  while (writer.words < budget) {
    chapter += 1;
    const topic = TOPICS[(chapter - 4) % TOPICS.length]!;
    const heading = [`## ${chapter}. ${topic.title} (National Outcome ${topic.outcome})`, paragraph(sceneFor(plan, topic), 2, 4)];
    const sections = rng.int(3, 6);
    let added = 0;
    for (let index = 0; index < sections; index += 1) {
      // A section too long for what is left gives way to a short one, so the end needs little padding.
      let blocks = section(plan, topic, `${chapter}.${index + 1}`, index, true);
      if (added === 0) blocks = [...heading, ...blocks];
      if (writer.words + countWords(blocks.join('\n')) > budget) {
        blocks = section(plan, topic, `${chapter}.${index + 1}`, index, false);
        if (added === 0) blocks = [...heading, ...blocks];
        if (writer.words + countWords(blocks.join('\n')) > budget) break;
      }
      writer.add(...blocks);
      added += 1;
    }
    if (added === 0) {
      chapter -= 1;
      break;
    }
  }

  writer.add(...closing(plan, chapter + 1));
  const scene = sceneFor(plan, TOPICS[8]!);
  while (writer.words < words) {
    const sentences: string[] = [];
    while (sentences.length < 6 && writer.words + countWords(sentences.join(' ')) < words) sentences.push(sentence(scene));
    writer.add(sentences.join(' '));
  }
  return writer.text();
}
