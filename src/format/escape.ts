/** C0 and C1 control characters and DEL: what a terminal or a log reader acts on instead of showing. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file name or message made safe to print on a line of its own: a name
 * may hold a newline (which would forge a line of output a problem matcher
 * reads as a finding) or ESC (a terminal escape), so each control character
 * is shown as its escape, `\n` or `\x1b`.
 */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
