import path from 'node:path';

/** Shows a config file's path to the user, as `shownFrom` does. */
export type ShowPath = (filePath: string) => string;

/**
 * A config or usage problem, in one line that names the file and the key:
 * `planlint.config.json: rules.no-such-rule is not a known rule`.
 * Command-line problems have no file; their `jsonPath` names the flag.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The problem alone, for editors that place it on the key themselves. */
  readonly reason: string;
  readonly #explain: (show: ShowPath) => string;

  /**
   * A reason that names other files (an `extends` cycle) is given as a
   * function, so that the caller's working folder decides how they show.
   */
  constructor(
    readonly filePath: string,
    readonly jsonPath: string,
    reason: string | ((show: ShowPath) => string),
  ) {
    const explain = typeof reason === 'string' ? () => reason : reason;
    // The Node API reads relative paths from the process's folder, so its messages are relative to it too.
    const cwd = process.cwd();
    super(oneLine(filePath, jsonPath, explain, cwd));
    this.reason = explain(shownFrom(cwd));
    this.#explain = explain;
  }

  /**
   * The message as seen from `cwd`: the command line runs in the folder its
   * caller gives, which need not be the process's own.
   */
  messageFrom(cwd: string): string {
    return oneLine(this.filePath, this.jsonPath, this.#explain, cwd);
  }
}

function oneLine(filePath: string, jsonPath: string, explain: (show: ShowPath) => string, cwd: string): string {
  const show = shownFrom(cwd);
  const subject = [filePath ? `${show(filePath)}:` : '', jsonPath].filter(Boolean).join(' ');
  return `${subject} ${explain(show)}`;
}

/** Paths under the working directory are shown relative, as users typed them. */
function shownFrom(cwd: string): ShowPath {
  return (filePath) => {
    const relative = path.relative(cwd, filePath);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
  };
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
