// A progress bar on stderr for runs on a terminal: redrawn at most ten times a second, cleared before any
// other line is written to stderr and at the end. Piped or redirected runs get none.

export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly columns: number,
    private readonly now: () => number = Date.now,
  ) {}

  tick(): void {
    this.done++;
    const time = this.now();
    if (time - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = time;
    const label = ` ${this.done}/${this.total}`;
    const width = Math.max(10, Math.min(40, this.columns - label.length - 3));
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${label}`);
    this.drawn = true;
  }

  /** Removes the bar so the next line starts clean. */
  clear(): void {
    if (!this.drawn) return;
    this.write('\r\x1b[K');
    this.drawn = false;
  }
}
