import path from 'node:path';

/**
 * A config or usage problem, in one line that names the file and the key:
 * `planlint.config.json: rules.no-such-rule is not a known rule`.
 * Command-line problems have no file; their `jsonPath` names the flag.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly filePath: string,
    readonly jsonPath: string,
    /** The problem alone, for editors that place it on the key themselves. */
    readonly reason: string,
  ) {
    const subject = [filePath ? `${displayPath(filePath)}:` : '', jsonPath].filter(Boolean).join(' ');
    super(`${subject} ${reason}`);
  }
}

/** Paths under the working directory are shown relative, as users typed them. */
export function displayPath(filePath: string): string {
  const relative = path.relative(process.cwd(), filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}

/** `rules.outcome-evidence[1].within` from `['rules', 'outcome-evidence', 1, 'within']`. */
export function formatJsonPath(segments: readonly (string | number)[]): string {
  return segments
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!/^[A-Za-z_$][\w$-]*$/.test(segment)) return `[${JSON.stringify(segment)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}
