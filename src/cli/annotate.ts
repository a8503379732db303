import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname, relative, resolve } from 'node:path';
import { InputError } from '../document/input-error.js';
import type { LintResult } from '../engine/results.js';
import { escapeControl } from '../format/escape.js';
import { writeAtomically, fileFailure } from './atomic.js';
import { UsageError, type AnnotateOptions } from './options.js';

/**
 * Where `--annotate-docx-suffix` puts a plan's copy: beside it, the suffix
 * before the extension (`plan.docx` → `plan.planlint.docx`); a Word file
 * named otherwise gets `.docx` after the suffix, as Word needs it.
 */
export function copyPathFor(input: string, suffix: string): string {
  const extension = extname(input);
  if (extension.toLowerCase() === '.docx') return `${input.slice(0, -extension.length)}${suffix}${extension}`;
  return `${input}${suffix}.docx`;
}

/** A copy an earlier run with this suffix wrote: `plan.planlint.docx` for `.planlint`. */
function isCopy(file: string, suffix: string): boolean {
  return basename(file).toLowerCase().endsWith(`${suffix}.docx`.toLowerCase());
}

/**
 * The files to lint, checked before any is linted. With a suffix, earlier
 * copies are left out: linting a folder again would report each finding
 * twice and annotate the copies themselves. With one named copy, there is
 * one plan, it is a Word file, and the copy is not the plan itself.
 */
export function filesToAnnotate(annotate: AnnotateOptions, files: readonly string[], failed: number, cwd: string): string[] {
  if (annotate.kind === 'suffix') return files.filter((file) => !isCopy(file, annotate.suffix));
  const given = files.length + failed;
  if (given > 1) throw new UsageError(`--annotate-docx writes one copy, but the run has ${given} files: use --annotate-docx-suffix for several`);
  const [input] = files;
  if (input === undefined) return [];
  const target = resolve(cwd, annotate.path);
  if (sameFile(input, target)) throw new UsageError(`--annotate-docx ${annotate.path} is the plan itself: planlint never overwrites the file it lints`);
  if (startsLikeZip(input) === false) {
    throw new UsageError(`--annotate-docx copies a Word plan with its findings as comments, and ${relative(cwd, input) || input} is not a Word file`);
  }
  return [input];
}

/** The same path, or the same file by another (a link): renaming over either would not leave the plan as it was. */
function sameFile(input: string, target: string): boolean {
  if (resolve(input) === target) return true;
  try {
    const [a, b] = [statSync(input), statSync(target)];
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** Whether a file opens as a zip (a Word package); undefined when it cannot be read, which the lint reports. */
function startsLikeZip(path: string): boolean | undefined {
  try {
    const start = Buffer.alloc(4);
    const descriptor = openSync(path, 'r');
    try {
      return isZip(start.subarray(0, readSync(descriptor, start, 0, 4, 0)));
    } finally {
      closeSync(descriptor);
    }
  } catch {
    return undefined;
  }
}

const isZip = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Writes each linted Word plan's copy with the findings shown (`--quiet`
 * and the baseline apply) as comments, and says on stderr where it went, so
 * that standard output stays the report in its format. A plan that could
 * not be linted gets no copy (its error is already said); other formats in
 * a run with a suffix get none either. Returns false when a copy could not
 * be made or written: the run's exit code is then 2.
 */
export async function writeAnnotatedCopies(
  results: readonly LintResult[],
  annotate: AnnotateOptions,
  io: { cwd: string; stderr: NodeJS.WritableStream },
): Promise<boolean> {
  // The writer loads jszip and the DOM only for a run that asks for copies.
  const { annotateDocx } = await import('../annotate/index.js');
  const say = (line: string) => io.stderr.write(`planlint: ${escapeControl(line)}\n`);
  const shown = (path: string) => relative(io.cwd, path) || path;
  let written = true;
  for (const result of results) {
    if (result.messages.some((message) => message.fatal)) continue;
    const input = resolve(io.cwd, result.filePath);
    const target = annotate.kind === 'file' ? resolve(io.cwd, annotate.path) : copyPathFor(input, annotate.suffix);
    let copy;
    try {
      const bytes = readFileSync(input);
      if (!isZip(bytes)) continue;
      copy = await annotateDocx(bytes, result.messages);
    } catch (error) {
      if (!(error instanceof InputError) && !(error as NodeJS.ErrnoException).code) throw error;
      say(`${shown(input)}: ${error instanceof InputError ? error.message : `cannot be read again to annotate it (${fileFailure(error)})`}`);
      written = false;
      continue;
    }
    try {
      writeAtomically(target, copy.docx);
    } catch (error) {
      say(`cannot write the annotated copy to ${shown(target)}: ${fileFailure(error)}`);
      written = false;
      continue;
    }
    const replaced = copy.removed > 0 ? `, replacing ${copy.removed} from an earlier run` : '';
    say(`wrote ${shown(target)} with ${copy.added} comment${copy.added === 1 ? '' : 's'}${replaced}`);
  }
  return written;
}
