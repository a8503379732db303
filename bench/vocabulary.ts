import { PRINCIPLES, type OutcomeId } from '../src/framework/index.js';
import type { Random } from './random.js';

/** What a chapter or section is about: it steers the services, people and indicators its prose names. */
export interface Topic {
  outcome: OutcomeId;
  title: string;
  services: readonly string[];
  people: readonly string[];
  /** Core integration indicators (NI-1..NI-23) that report on the topic. */
  indicators: readonly number[];
  aims: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    outcome: 1,
    title: 'Healthier lives',
    services: ['community link workers', 'social prescribing', 'self-management programmes', 'physical activity referrals', 'smoking cessation support', 'weight management services'],
    people: ['adults with long-term conditions', 'people at risk of diabetes', 'working-age adults', 'people who smoke'],
    indicators: [1, 11],
    aims: ['help people look after their own health', 'keep people well for longer', 'make healthy choices the easy choices'],
  },
  {
    outcome: 2,
    title: 'Living independently at home',
    services: ['care at home', 'reablement', 'Hospital at Home', 'intermediate care', 'technology enabled care', 'aids and adaptations'],
    people: ['frail older people', 'people with intensive care needs', 'people awaiting discharge', 'people living with frailty'],
    indicators: [2, 12, 13, 18, 19, 22],
    aims: ['support people to live independently', 'reduce delays in leaving hospital', 'make home the default'],
  },
  {
    outcome: 3,
    title: 'Positive experiences of care',
    services: ['advocacy services', 'complaints handling', 'person-centred assessment', 'independent advice services'],
    people: ['people who use our services', 'people with a learning disability', 'people with sensory impairment'],
    indicators: [3, 4, 5, 6],
    aims: ['make sure people have a say in their care', 'treat everyone with dignity and respect', 'join up care around the person'],
  },
  {
    outcome: 4,
    title: 'Quality of life',
    services: ['post-diagnostic dementia support', 'palliative and end of life care', 'care home liaison', 'good conversations training'],
    people: ['people living with dementia', 'people nearing the end of life', 'care home residents'],
    indicators: [7, 15, 17],
    aims: ['focus on what matters to people', 'improve quality of life', 'support people to die well in the place of their choosing'],
  },
  {
    outcome: 5,
    title: 'Reducing health inequalities',
    services: ['income maximisation advice', 'welfare rights services', 'targeted health checks', 'community food projects', 'outreach to homeless people'],
    people: ['people in SIMD quintile 1', 'minority ethnic communities', 'people experiencing homelessness', 'people on low incomes'],
    indicators: [11],
    aims: ['narrow the gap in healthy life expectancy', 'direct resources to the communities with greatest need', 'tackle the causes of poverty'],
  },
  {
    outcome: 6,
    title: 'Supporting unpaid carers',
    services: ['adult carer support plans', 'short breaks', 'young carer statements', 'carer information and advice', 'carers centres'],
    people: ['unpaid carers', 'young carers', 'older carers', 'parent carers'],
    indicators: [8],
    aims: ['support carers to continue caring if they wish', 'give carers a life alongside caring', 'identify carers earlier'],
  },
  {
    outcome: 7,
    title: 'Keeping people safe from harm',
    services: ['adult support and protection', 'falls prevention', 'public protection arrangements', 'medication reviews'],
    people: ['adults at risk of harm', 'people who have fallen', 'people with complex needs'],
    indicators: [9, 14, 16],
    aims: ['protect people from harm', 'reduce falls and their consequences', 'respect people’s choices about risk'],
  },
  {
    outcome: 8,
    title: 'A valued and engaged workforce',
    services: ['recruitment and retention', 'staff wellbeing hubs', 'career pathways', 'team action plans from iMatter', 'a social care academy'],
    people: ['care at home staff', 'nurses and allied health professionals', 'social workers', 'volunteers'],
    indicators: [10],
    aims: ['grow our own workforce', 'support staff wellbeing', 'make the Partnership a good place to work'],
  },
  {
    outcome: 9,
    title: 'Best value',
    services: ['commissioned care at home', 'prescribing', 'digital front doors', 'community-based care', 'day services'],
    people: ['people delayed in hospital', 'people using commissioned services', 'people on repeat prescriptions'],
    indicators: [20, 21, 23],
    aims: ['use resources effectively and efficiently', 'achieve financial sustainability', 'shift investment into prevention'],
  },
];

/** The principles that complete "services should be provided in a way which…"; the first, on wellbeing, is a sentence of its own. */
export const WAY_PRINCIPLES = PRINCIPLES.filter((principle) => principle.id !== 'wellbeing');

export const LEADS = [
  'Chief Officer',
  'Chief Finance Officer',
  'Chief Nurse',
  'Chief Social Work Officer',
  'Clinical Director',
  'Head of Adult Services',
  'Head of Primary Care',
  'Head of Mental Health Services',
  'Head of HR and Organisational Development',
  'Public Health Lead',
  'AHP Lead',
  'TEC Lead',
  'Workforce Lead',
  'Commissioning Manager',
  'Strategic Planning Manager',
  'Carers Strategy Group',
  'Dementia Services Manager',
  'Equalities and Human Rights Officer',
] as const;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const SYLLABLES = {
  first: ['Glen', 'Strath', 'Kel', 'Ard', 'Inver', 'Dal', 'Bal', 'Auch', 'Kin', 'Loch', 'Craig', 'Dun'],
  last: ['muir', 'craig', 'brae', 'lachan', 'glas', 'more', 'nairn', 'ross', 'field', 'haven', 'side', 'ford'],
} as const;

export const STRATEGIES = [
  'Carers Strategy',
  'Workforce Plan',
  'Medium Term Financial Plan',
  'Digital Health and Care Strategy',
  'Mental Health and Wellbeing Strategy',
  'Local Housing Strategy',
  'Primary Care Improvement Plan',
  'Commissioning Strategy',
  'Dementia Strategy',
] as const;

export const ENGAGEMENT = [
  'they want to be listened to and asked what matters to them',
  'information about services is hard to find',
  'waiting lists are too long and nobody explains why',
  'they would rather stay in their own community than travel to a town for care',
  'carers are often the last to be told about changes to a care package',
  'staff are kind but stretched',
  'they value support from local community groups',
  'transport is the biggest barrier to getting to appointments',
] as const;

export function placeName(rng: Random): string {
  return rng.pick(SYLLABLES.first) + rng.pick(SYLLABLES.last);
}

/** "12,300": grouped by hand rather than through Intl, whose output depends on the ICU build. */
export function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function financialYear(rng: Random, from = 2021, to = 2027): string {
  const start = rng.int(from, to);
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export function deadline(rng: Random): string {
  return `${rng.pick(MONTHS)} ${rng.int(2025, 2028)}`;
}
