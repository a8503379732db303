import { INDICATORS, OUTCOMES } from '../src/framework/index.js';
import type { Random } from './random.js';
import { deadline, ENGAGEMENT, financialYear, LEADS, STRATEGIES, thousands, WAY_PRINCIPLES, type Topic } from './vocabulary.js';

/** Where a sentence is set: the plan's area, one of its localities and the topic at hand. */
export interface Scene {
  rng: Random;
  place: string;
  locality: string;
  topic: Topic;
}

type Template = (scene: Scene) => string;

function indicator(scene: Scene): { id: string; name: string } {
  const number = scene.rng.pick(scene.topic.indicators);
  const found = INDICATORS.find((entry) => entry.number === number);
  const name = found?.name ?? 'a core integration indicator';
  return { id: `NI-${number}`, name: name.charAt(0).toLowerCase() + name.slice(1) };
}

const service = (scene: Scene): string => scene.rng.pick(scene.topic.services);
const people = (scene: Scene): string => scene.rng.pick(scene.topic.people);
const aim = (scene: Scene): string => scene.rng.pick(scene.topic.aims);
const lead = (scene: Scene): string => scene.rng.pick(LEADS);

/** Sentences in the register of Scottish strategic plans: data, commitments with owners and dates, engagement, policy. */
const TEMPLATES: readonly Template[] = [
  (s) => {
    const { id, name } = indicator(s);
    return `In ${financialYear(s.rng)}, ${s.rng.percent(40, 95)} was recorded for ${name} (${id}; Scotland ${s.rng.percent(40, 95)}).`;
  },
  (s) => `Demand for ${service(s)} in ${s.locality} rose by ${s.rng.int(3, 28)}% between ${financialYear(s.rng, 2019, 2021)} and ${financialYear(s.rng, 2022, 2024)}.`,
  (s) => `We will extend ${service(s)} across ${s.locality} by ${deadline(s.rng)} (Lead: ${lead(s)}).`,
  (s) => `Our aim is to ${aim(s)}, and we will measure progress through ${indicator(s).id} and local measures agreed with the Strategic Planning Group.`,
  (s) => `People told us that ${s.rng.pick(ENGAGEMENT)}.`,
  (s) => `We will reduce waiting times for ${service(s)} from ${s.rng.int(10, 26)} weeks to ${s.rng.int(4, 9)} weeks by March ${s.rng.int(2026, 2028)}.`,
  (s) => `The ${s.place} ${s.rng.pick(STRATEGIES)} sets out in more detail how we will ${aim(s)}.`,
  (s) => `Around ${thousands(s.rng.int(300, 14000))} ${people(s)} live in ${s.locality}, and the number is projected to grow by ${s.rng.int(4, 30)}% by ${s.rng.int(2030, 2040)}.`,
  (s) => `This work contributes to National Outcome ${s.topic.outcome} and to outcomes ${s.rng.int(1, 3)}, ${s.rng.int(4, 6)} and ${s.rng.int(7, 9)}.`,
  (s) => `${capitalise(service(s))} will be reviewed ${s.rng.pick(['quarterly', 'annually', 'every six months'])} by the IJB Audit and Performance Committee.`,
  (s) => `We will invest £${(s.rng.int(2, 45) / 10).toFixed(1)}m in ${service(s)} over the life of the plan, funded by disinvestment from bed-based care.`,
  (s) => `The Joint Strategic Needs Assessment shows that ${people(s)} in ${s.locality} are ${s.rng.pick(['more', 'less'])} likely than the ${s.place} average to use ${service(s)}.`,
  (s) => `Across ${s.place} there were ${thousands(s.rng.int(200, 9000))} referrals for ${service(s)} in ${financialYear(s.rng)}, against a baseline of ${thousands(s.rng.int(200, 9000))}.`,
  (s) => `Working with third and independent sector partners, we will ${aim(s)} and make sure that ${people(s)} can get help early, before a crisis.`,
  (s) => `Locality Planning Groups in ${s.locality} will agree their own priorities each year, drawing on local data and on what ${people(s)} tell us.`,
  (s) => `Services should be provided in a way which ${s.rng.pick(WAY_PRINCIPLES).wording}, and we will test every redesign against that principle.`,
  (s) => `Financial pressures mean that we must ${aim(s)} while closing a forecast gap of £${(s.rng.int(30, 140) / 10).toFixed(1)}m by ${financialYear(s.rng, 2026, 2028)}.`,
  (s) => `Staff in ${service(s)} told us that workload, travel time and vacancies make it hard to spend time with ${people(s)}.`,
  (s) => `A test of change in ${s.locality} showed a ${s.rng.int(5, 35)}% reduction in unplanned admissions among ${people(s)} over twelve months.`,
  () => `We will publish an annual performance report each July, setting our results against the core integration indicators and the MSG measures.`,
  (s) => `The ${lead(s)} is accountable for delivery, with progress reported to the Strategic Planning Group twice a year.`,
  (s) => `Equality impact assessment found that changes to ${service(s)} could affect ${people(s)} disproportionately, so we will monitor uptake by protected characteristic.`,
  (s) => `We will co-produce the redesign of ${service(s)} with ${people(s)}, carers and community groups in ${s.locality}.`,
  (s) => `Where ${people(s)} need support from more than one team, it should feel seamless and be organised around the person rather than the service.`,
  (s) => `Target: ${s.rng.int(70, 98)}% of ${people(s)} offered ${service(s)} within ${s.rng.int(2, 12)} weeks of referral by ${deadline(s.rng)}.`,
  (s) => `Since ${financialYear(s.rng, 2018, 2021)} spending on ${service(s)} has grown by ${s.rng.percent(2, 30)}, faster than the budget as a whole.`,
  (s) => `This supports outcome ${s.topic.outcome}, ${outcomeName(s.topic.outcome)}.`,
  (s) => `We will work with NHS ${s.place}, ${s.place} Council and the third sector interface to ${aim(s)}.`,
];

function outcomeName(id: number): string {
  return OUTCOMES.find((outcome) => outcome.id === id)?.shortName ?? 'the national outcomes';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function sentence(scene: Scene): string {
  return scene.rng.pick(TEMPLATES)(scene);
}

export function paragraph(scene: Scene, min = 3, max = 7): string {
  const count = scene.rng.int(min, max);
  return Array.from({ length: count }, () => sentence(scene)).join(' ');
}
