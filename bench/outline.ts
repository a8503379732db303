import type { Random } from './random.js';
import { capitalise } from './sentences.js';
import { TOPICS, type Topic } from './vocabulary.js';

export interface SubsectionOutline {
  title: string;
  locality: string;
}

export interface SectionOutline {
  title: string;
  topic: Topic;
  locality: string;
  /** The first section of an outcome chapter opens with the outcome's wording, as plans set it out. */
  quotesOutcome: boolean;
  subsections: SubsectionOutline[];
}

export interface ChapterOutline {
  title: string;
  /** Never empty: the chapter's introduction is set where its first section is. */
  sections: [SectionOutline, ...SectionOutline[]];
}

/** Some sections break down by locality (or, in a locality's chapter, by service) under `####` headings. */
function maybe(rng: Random, items: readonly SubsectionOutline[]): SubsectionOutline[] {
  return rng.chance(0.5) ? rng.sample(items, rng.int(2, 3)) : [];
}

function outcomeChapter(rng: Random, topic: Topic, localities: readonly string[]): ChapterOutline {
  const byLocality = localities.map((locality) => ({ title: locality, locality }));
  const section = (title: string, quotesOutcome: boolean): SectionOutline => ({
    title,
    topic,
    locality: rng.pick(localities),
    quotesOutcome,
    subsections: maybe(rng, byLocality),
  });
  const services = rng.sample(topic.services, topic.services.length);
  return {
    title: `${topic.title} (National Outcome ${topic.outcome})`,
    sections: [
      section('Where we are now', true),
      ...services.map((service) => section(capitalise(service), false)),
      section('How we will measure progress', false),
    ],
  };
}

function localityChapter(rng: Random, locality: string): ChapterOutline {
  const section = (topic: Topic): SectionOutline => ({
    title: `${topic.title} in ${locality}`,
    topic,
    locality,
    quotesOutcome: false,
    subsections: maybe(rng, topic.services.map((service) => ({ title: capitalise(service), locality }))),
  });
  const [first, ...rest] = rng.sample(TOPICS, rng.int(4, 7)).map(section);
  return { title: `Locality plan: ${locality}`, sections: [first!, ...rest] };
}

function commissioningChapter(rng: Random, localities: readonly string[]): ChapterOutline {
  const when = ['in 2025/26', 'over the life of the plan', 'from 2026/27'] as const;
  const section = (topic: Topic): SectionOutline => ({
    title: topic.title,
    topic,
    locality: rng.pick(localities),
    quotesOutcome: false,
    subsections: rng.sample(topic.services, rng.int(2, 3)).map((service) => ({ title: `${capitalise(service)} ${rng.pick(when)}`, locality: rng.pick(localities) })),
  });
  const [first, ...rest] = TOPICS.map(section);
  return { title: 'Commissioning intentions', sections: [first!, ...rest] };
}

/**
 * The body chapter at `index`: the nine outcomes in turn, then a plan for
 * each locality, then commissioning intentions. A plan longer than one round
 * starts the round again, as long plans repeat their structure.
 */
export function chapterOutline(rng: Random, index: number, localities: readonly string[]): ChapterOutline {
  const at = index % (TOPICS.length + localities.length + 1);
  if (at < TOPICS.length) return outcomeChapter(rng, TOPICS[at]!, localities);
  if (at < TOPICS.length + localities.length) return localityChapter(rng, localities[at - TOPICS.length]!);
  return commissioningChapter(rng, localities);
}
