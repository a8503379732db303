import docx from './docx/format.js';
import type { InputFormat } from './input-format.js';
import markdown from './markdown/format.js';
import pdf from './pdf/format.js';

/** The input formats, one line each, in the order they are named to people. */
export const INPUT_FORMATS: readonly InputFormat[] = [markdown, docx, pdf];
