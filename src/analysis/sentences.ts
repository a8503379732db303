export interface Span {
  start: number;
  end: number;
}

const SENTENCE = /[^.!?]+[.!?]*/g;

export function sentenceSpans(text: string): Span[] {
  return [...text.matchAll(SENTENCE)].map((sentence) => ({ start: sentence.index, end: sentence.index + sentence[0].length }));
}

export function within(spans: readonly Span[], offset: number): boolean {
  return spans.some((span) => offset >= span.start && offset < span.end);
}
