/** Where JSON text goes wrong, as an offset into it and a reason. */
export interface JsonSyntaxProblem {
  offset: number;
  reason: string;
}

/**
 * Parses JSON, or explains why not. V8 gives no position for some errors
 * ("Unexpected token '}', ... is not valid JSON") and words them differently
 * across Node versions, so the failure is located by a scan of our own.
 */
export function parseJson(text: string): { value: unknown } | { problem: JsonSyntaxProblem } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    // The scan follows JSON.parse's grammar, so it finds what JSON.parse
    // rejected; were they ever to disagree, V8's message beats none.
    return { problem: findJsonSyntaxProblem(text) ?? { offset: 0, reason: (error as Error).message } };
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

class Stop extends Error {
  constructor(readonly problem: JsonSyntaxProblem) {
    super(problem.reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const stop = (reason: string, offset = i): never => {
    throw new Stop({ offset, reason });
  };
  const unexpected = (): never =>
    i >= text.length ? stop('Unexpected end of input') : stop(`Unexpected token ${JSON.stringify(text[i])}`);
  const expected = (what: string): never => (i >= text.length ? stop('Unexpected end of input') : stop(`Expected ${what}`));
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };

  const string = (): void => {
    const start = i++;
    for (;;) {
      if (i >= text.length) stop('Unterminated string', start);
      const char = text[i]!;
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\\') {
        const escape = text[i + 1];
        if (escape === undefined) stop('Unterminated string', start);
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('Bad Unicode escape in string');
          i += 6;
        } else if (ESCAPES.includes(escape!)) {
          i += 2;
        } else {
          stop('Bad escape in string');
        }
      } else if (char < ' ') {
        stop('Bad control character in string');
      } else {
        i++;
      }
    }
  };

  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) stop('Invalid number');
      i = NUMBER.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    unexpected();
  };

  const object = (): void => {
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') expected('property name in double quotes');
      string();
      skipSpace();
      if (text[i] !== ':') expected('":" after property name');
      i++;
      value();
      skipSpace();
      const next = text[i++];
      if (next === '}') return;
      if (next !== ',') {
        i--;
        expected('"," or "}" after property value');
      }
    }
  };

  const array = (): void => {
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      const next = text[i++];
      if (next === ']') return;
      if (next !== ',') {
        i--;
        expected('"," or "]" after array element');
      }
    }
  };

  try {
    value();
    skipSpace();
    if (i < text.length) stop(`Unexpected token ${JSON.stringify(text[i])} after the JSON value`);
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    throw error;
  }
}
