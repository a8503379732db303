/** An Int32Array filled one value at a time, its room doubled as it fills. */
export class GrowingInts {
  private buffer = new Int32Array(1024);
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (this.size === this.buffer.length) {
      const larger = new Int32Array(this.buffer.length * 2);
      larger.set(this.buffer);
      this.buffer = larger;
    }
    this.buffer[this.size++] = value;
  }

  /** The values pushed, in an array of their own length. */
  values(): Int32Array {
    return this.buffer.slice(0, this.size);
  }
}
