import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Folders under `fixtures/` that hold no plans: the fuzzer's regression
 * cases and the PDFs planlint refuses are hostile input, refused by design,
 * and the parser's one-page PDFs are layouts, not plans; each has tests of
 * its own (test/fuzz.test.ts, test/pdf-fixtures.test.ts, test/parse-pdf.test.ts).
 */
const NOT_PLANS = [join('fuzz', ''), join('pdf', 'bad', ''), join('pdf', 'unit', '')];

/** The plans under `fixtures/` (their READMEs left out), sorted. */
export function fixturePlans(extensions: readonly string[] = ['.md', '.docx', '.pdf'], folder = 'fixtures'): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)) && !name.endsWith('README.md'))
    .filter((name) => !NOT_PLANS.some((prefix) => name.startsWith(prefix)))
    .map((name) => join(folder, name))
    .sort();
}
