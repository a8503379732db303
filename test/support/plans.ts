import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The plans under `fixtures/` (their READMEs left out), sorted. The fuzzer's
 * regression cases in fixtures/fuzz are hostile input that planlint refuses by
 * design, not plans: they have tests of their own (test/fuzz.test.ts).
 */
export function fixturePlans(extensions: readonly string[] = ['.md', '.docx'], folder = 'fixtures'): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => extensions.some((extension) => name.endsWith(extension)) && !name.endsWith('README.md'))
    .filter((name) => !name.startsWith(join('fuzz', '')))
    .map((name) => join(folder, name))
    .sort();
}
