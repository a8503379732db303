/**
 * Results one lint of a document keeps for the next lint of the same
 * document, as an editor lints it again at every pause in typing: the parse
 * of a section or the reading of a block depends only on its text (and what
 * its key adds), so after a one-word edit nearly all of it stands.
 *
 * Only what the last lint used is kept (a generation sweep), so an editing
 * session holds about one document's worth, however long it runs. It lives
 * with the model because the parser and the analysis, both below the core
 * that owns a session, take it.
 */
export class Reused<Key, Value> {
  private previous = new Map<Key, Value>();
  private current = new Map<Key, Value>();

  /** The value kept for `key`, else `compute()`'s, kept for the next lint. */
  get(key: Key, compute: () => Value): Value {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value === undefined) value = compute();
    this.current.set(key, value);
    return value;
  }

  /** Ends a lint: what it did not use is dropped. */
  sweep(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get size(): number {
    return this.previous.size + this.current.size;
  }
}
