/**
 * A one-line progress bar for a terminal: `[=======>      ] 61/134 pages  9.8 pages/s`.
 * Redrawn in place at most ten times a second, and erased when done, so the terminal is left as
 * if it had never been there.
 */

interface Terminal {
  write(text: string): unknown;
  columns?: number;
}

export class ProgressBar {
  private done = 0;
  private lastDraw = -Infinity;
  private readonly start: number;

  constructor(
    private readonly total: number,
    private readonly out: Terminal,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
  }

  tick(): void {
    this.done++;
    const t = this.now();
    if (this.done === this.total || t - this.lastDraw >= 100) {
      this.lastDraw = t;
      this.out.write(`\r${this.line(t)}\x1b[K`);
    }
  }

  /** Erases the bar. */
  finish(): void {
    this.out.write('\r\x1b[K');
  }

  line(t = this.now()): string {
    const seconds = Math.max(0.001, (t - this.start) / 1000);
    const rate = `${(this.done / seconds).toFixed(1)} pages/s`;
    const count = `${this.done}/${this.total} pages`;
    const width = Math.max(
      10,
      Math.min(40, (this.out.columns ?? 80) - count.length - rate.length - 6),
    );
    const filled = Math.round((width * this.done) / Math.max(1, this.total));
    const bar = '='.repeat(Math.max(0, filled - 1)) + (filled > 0 ? '>' : '');
    return `[${bar.padEnd(width)}] ${count}  ${rate}`;
  }
}
