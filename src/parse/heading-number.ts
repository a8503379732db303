/**
 * "4.2 Carers", "4.2. Carers", "4) Carers", "Section 4: Carers",
 * "Chapter 3 – Our priorities". Parts are at most three digits so that a
 * heading opening with a year ("2025 and beyond") is not read as numbered.
 */
const NUMBERED_HEADING = /^(?:(?:section|chapter|part)\s+)?(\d{1,3}(?:\.\d{1,3})*)\.?(?:\s*[:)–—-])?\s+(\S.*)$/iu;

export interface HeadingNumber {
  /** The heading without its number. */
  title: string;
  number?: string;
}

/** Separates a leading section number from a heading's title. */
export function splitHeadingNumber(heading: string): HeadingNumber {
  const match = NUMBERED_HEADING.exec(heading);
  if (!match) return { title: heading };
  return { title: match[2] as string, number: match[1] };
}
