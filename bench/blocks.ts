import { INDICATORS, OUTCOMES } from '../src/framework/index.js';
import type { Random } from './random.js';
import { capitalise, sentence, type Scene } from './sentences.js';
import { deadline, financialYear, LEADS, thousands, WAY_PRINCIPLES } from './vocabulary.js';

const ACTION_VERBS = ['Extend', 'Roll out', 'Review', 'Commission', 'Introduce', 'Expand', 'Redesign', 'Evaluate'] as const;

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

function measure(scene: Scene): string {
  const { rng } = scene;
  switch (rng.int(0, 3)) {
    case 0:
      return `NI-${rng.pick(scene.topic.indicators)}, target ${rng.percent(50, 95)}`;
    case 1:
      return `${thousands(rng.int(50, 2500))} people supported a year`;
    case 2:
      return `Baseline ${thousands(rng.int(100, 900))}; target ${thousands(rng.int(900, 1800))} by ${financialYear(rng, 2026, 2028)}`;
    default:
      return `${rng.int(60, 100)}% of referrals seen within ${rng.int(2, 12)} weeks`;
  }
}

/** An action plan as partnerships publish them: one commitment a row, each with an owner, a date and a measure. */
export function actionTable(scene: Scene): string {
  const { rng } = scene;
  const services = rng.sample(scene.topic.services, rng.int(3, scene.topic.services.length));
  const rows = services.map((service) => [
    `${rng.pick(ACTION_VERBS)} ${service} in ${scene.locality}`,
    rng.pick(LEADS),
    rng.chance(0.2) ? `From ${deadline(rng)}` : deadline(rng),
    measure(scene),
  ]);
  return table(['Action', 'Lead', 'Timescale', 'Measure'], rows);
}

/** Which national outcomes each priority serves, ticked: the grid most plans put before their priority chapters. */
export function mappingTable(rng: Random, priorities: readonly string[]): string {
  const header = ['Strategic priority', ...OUTCOMES.map((outcome) => `NHWO ${outcome.id}`)];
  const rows = priorities.map((priority, index) => [
    `${index + 1}. ${priority}`,
    ...OUTCOMES.map(() => (rng.chance(0.35) ? '✓' : ' ')),
  ]);
  return table(header, rows);
}

export function indicatorTable(rng: Random): string {
  const rows = rng.sample(INDICATORS, rng.int(8, 14)).map((indicator) => [
    `${indicator.id} ${indicator.name}`,
    rng.percent(20, 95),
    rng.percent(20, 95),
    `Outcome ${indicator.outcomes[0] ?? 9}`,
  ]);
  return table(['Indicator', 'Baseline 2023/24', 'Target March 2028', 'Outcome'], rows);
}

export function financeTable(rng: Random, place: string): string {
  const sources = [`NHS ${place} – delegated services`, `NHS ${place} – set aside for acute services`, `${place} Council – social care`];
  const years = ['2025/26', '2026/27', '2027/28'];
  const rows = sources.map((source) => [source, ...years.map(() => `£${(rng.int(200, 1900) / 10).toFixed(1)}m`)]);
  return table(['Source', ...years], rows);
}

export function populationTable(rng: Random, place: string): string {
  const rows = [
    ['Population (mid-2023)', thousands(rng.int(60000, 400000)), '5,490,100'],
    ['Aged 65 and over', rng.percent(18, 28), '20.1%'],
    ['People living with two or more long-term conditions', rng.percent(20, 30), '24.2%'],
    ['Data zones in the 20% most deprived (SIMD 2020)', `${rng.int(5, 60)} of ${rng.int(100, 400)}`, '–'],
    ['Estimated number of unpaid carers (Census 2022)', thousands(rng.int(6000, 40000)), '–'],
  ];
  return table(['Measure', place, 'Scotland'], rows);
}

/** Short commitments or findings; some items carry their owner in brackets, as plans often do. */
export function bulletList(scene: Scene): string {
  const { rng } = scene;
  const items = Array.from({ length: rng.int(3, 6) }, () => {
    const text = sentence(scene).replace(/\.$/, '');
    return rng.chance(0.3) ? `${text} (Lead: ${rng.pick(LEADS)});` : `${text};`;
  });
  return items.map((item) => `- ${capitalise(item)}`).join('\n');
}

export function outcomeCatalogue(): string {
  return OUTCOMES.map((outcome) => `${outcome.id}. ${outcome.wording}`).join('\n');
}

export function principleList(): string {
  const last = WAY_PRINCIPLES.length - 1;
  return WAY_PRINCIPLES.map((principle, index) => `- ${index === last ? 'and ' : ''}${principle.wording}${index === last ? '.' : ';'}`).join('\n');
}
