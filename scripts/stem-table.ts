/**
 * The words the analysis stems while it loads (the framework's profiles,
 * phrase lists and word lists), with their stems: the table that seeds the
 * stem cache at start-up (src/analysis/stems.json). Run in a process of its
 * own, before anything else has loaded the analysis.
 */
export async function stemTable(): Promise<Record<string, string>> {
  const { stemAfresh, watchStems } = await import('../src/analysis/tokens.js');
  const seen = watchStems();
  await import('../src/analysis/index.js');
  await import('../rules/index.js');
  const words = [...seen.keys()].sort();
  return Object.fromEntries(words.map((word) => [word, stemAfresh(word)]));
}
