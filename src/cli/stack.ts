/*
 * Everything a linting command needs, imported in one piece once --help and
 * --version have had their chance to answer: bundled, it is one chunk to load
 * rather than a chain of small ones, each a file to resolve and compile.
 */
export { rules } from '../../rules/index.js';
export { lintBuffer, lintFile, lintFiles, lintRead, resolveConfig } from '../core/lint.js';
