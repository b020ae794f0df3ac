// Which of many ranges (tables, sections) hold an offset or overlap a span, answered by binary search, so
// that asking once per line or per finding stays linear on documents with thousands of tables.

import type { Span } from './types';

export class SpanIndex<T extends { range: Span }> {
  /** The items sorted by start. */
  private readonly sorted: T[];
  /** The largest end among sorted[0..i], so overlapping items are answered exactly too. */
  private readonly maxEnd: number[];

  constructor(items: readonly T[]) {
    this.sorted = [...items].sort((a, b) => a.range.start - b.range.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const item of this.sorted) {
      max = Math.max(max, item.range.end);
      this.maxEnd.push(max);
    }
  }

  /** The number of items whose start is below `bound` (or at most `bound` when `inclusive`). */
  private countStartingBefore(bound: number, inclusive: boolean): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const start = this.sorted[mid]!.range.start;
      if (start < bound || (inclusive && start === bound)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Whether some item overlaps the span (start < span.end and span.start < end). */
  overlaps(span: Span): boolean {
    const count = this.countStartingBefore(span.end, false);
    return count > 0 && this.maxEnd[count - 1]! > span.start;
  }

  /** Whether some item holds the offset (start <= offset < end). */
  holds(offset: number): boolean {
    const count = this.countStartingBefore(offset, true);
    return count > 0 && this.maxEnd[count - 1]! > offset;
  }

  /** The first item in the given order that holds the offset, for items that do not overlap each other. */
  holderOf(offset: number): T | undefined {
    const count = this.countStartingBefore(offset, true);
    if (count === 0) return undefined;
    const item = this.sorted[count - 1]!;
    return offset < item.range.end ? item : undefined;
  }
}
