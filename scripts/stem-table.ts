/**
 * The words and phrases the analysis stems while it loads (the framework's
 * profiles, phrase lists and word lists), with their stems: the tables that
 * seed the stem caches at start-up (src/analysis/stems.json). Run in a
 * process of its own, before anything else has loaded the analysis.
 */
export async function stemTable(): Promise<{ words: Record<string, string>; phrases: Record<string, string[]> }> {
  const { stemAfresh, tokenize, watchStems } = await import('../src/analysis/tokens.js');
  const seen = watchStems();
  await import('../src/analysis/index.js');
  await import('../rules/index.js');
  const words = [...seen.words.keys()].sort();
  const phrases = [...seen.phrases.keys()].sort();
  return {
    words: Object.fromEntries(words.map((word) => [word, stemAfresh(word)])),
    // Tokenized again with every word stemmed afresh: the cache now holds only fresh stems.
    phrases: Object.fromEntries(phrases.map((phrase) => [phrase, tokenize(phrase).stems()])),
  };
}
