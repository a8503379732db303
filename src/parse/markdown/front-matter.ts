import { parseDocument } from 'yaml';
import { InputError } from '../../document/input-error.js';

function invalid(reason: string, line: number): InputError {
  return new InputError(`front matter is not valid YAML: ${reason} (line ${line})`);
}

function lineWithin(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/**
 * Reads a YAML front matter block whose content starts on `firstLine` of the
 * file. Anything but a mapping is an error, so a typo cannot silently drop
 * the settings a plan declares about itself.
 */
export function parseFrontMatter(yaml: string, firstLine: number): Record<string, unknown> {
  // The YAML reader's warnings (a mapping used as a key is stringified) go to the process's stderr, where in
  // the CLI they broke the one line a failed file gets; what the front matter is read for is unchanged by them.
  const document = parseDocument(yaml, { prettyErrors: false, logLevel: 'error' });
  const [error] = document.errors;
  if (error) {
    const reason = error.message.split('\n')[0] ?? error.code;
    throw invalid(reason, firstLine + lineWithin(yaml, error.pos[0]));
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (cause) {
    throw invalid(cause instanceof Error ? cause.message : String(cause), firstLine);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw invalid('expected a mapping of keys to values', firstLine);
  return data as Record<string, unknown>;
}
