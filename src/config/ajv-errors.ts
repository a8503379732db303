import type { ErrorObject } from 'ajv';

/** A config problem: where (as JSON path segments) and what, in words. */
export interface ConfigProblem {
  path: (string | number)[];
  reason: string;
}

/** Keywords that only say a branch failed; the branch's own error is more useful. */
const WRAPPERS = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not']);

/**
 * Picks the most specific of ajv's errors (the deepest, and not a wrapper)
 * and says it in the user's terms.
 */
export function describeAjvErrors(errors: readonly ErrorObject[], data: unknown): ConfigProblem {
  let best: ErrorObject | undefined;
  let bestScore = -1;
  for (const error of errors) {
    const score = pathSegments(error.instancePath).length * 2 + (WRAPPERS.has(error.keyword) ? 0 : 1);
    if (score > bestScore) [best, bestScore] = [error, score];
  }
  if (!best) return { path: [], reason: 'is not a valid config' };
  return describe(best, instancePath(best.instancePath, data));
}

function describe(error: ErrorObject, path: (string | number)[]): ConfigProblem {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        path: [...path, String(params.additionalProperty)],
        reason: isRulesObject(path) ? 'is not a known rule' : 'is not a known option',
      };
    case 'required':
      return { path: [...path, String(params.missingProperty)], reason: 'is required' };
    case 'enum':
      return { path, reason: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'const':
      return { path, reason: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { path, reason: `must be ${String(params.type).split(',').map(withArticle).join(' or ')}` };
    case 'additionalItems':
      // Only rule entries are tuples; one item means the rule has no options schema.
      return { path, reason: params.limit === 1 ? 'takes no options' : `must have at most ${String(params.limit)} items` };
    default:
      return { path, reason: error.message ?? `fails ${error.keyword}` };
  }
}

/** `rules` at the top or in an override; ajv's schemaPath cannot tell, as it restarts at each `$ref`. */
function isRulesObject(path: readonly (string | number)[]): boolean {
  const [first, index, last] = path;
  return path.length === 1 ? first === 'rules' : path.length === 3 && first === 'overrides' && typeof index === 'number' && last === 'rules';
}

function withArticle(type: string): string {
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function pathSegments(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** JSON pointer segments, with array indexes as numbers so they print as `[1]`. */
function instancePath(pointer: string, data: unknown): (string | number)[] {
  let node = data;
  return pathSegments(pointer).map((segment) => {
    const index = Array.isArray(node);
    node = (node as Record<string, unknown> | undefined)?.[segment];
    return index ? Number(segment) : segment;
  });
}
