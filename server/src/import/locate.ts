// Maps an offset of an imported draft back to the published file, for findings in JSON and SARIF and
// for the editor: the source place of the segment that holds the offset (or the nearest one before it).

import { msg, type Message, type MessageArg } from '../service';
import type { SourceLocation, SourceMap } from './types';

export function sourceLocationAt(map: SourceMap, offset: number): SourceLocation | null {
  const segments = map.segments;
  if (segments.length === 0) return null;
  let low = 0;
  let high = segments.length - 1;
  // The last segment that starts at or before the offset.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (segments[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  // Offsets between segments (tabs, line breaks) belong to the segment before them; offsets before
  // the first segment to the first.
  return segments[low]!.source;
}

/** The place in words, for people: 「第 3 页」, 「第 12 行第 5 列」, 「第 4 段」 or 「表格 2 第 3 行第 2 列」. */
export function describeLocation(location: SourceLocation): Message {
  switch (location.kind) {
    case 'pdf':
      return msg('第 {0} 页（距页面左边 {1} 点，距顶边 {2} 点）', location.page, Math.round(location.x), Math.round(location.y));
    case 'html':
      return msg('源文件第 {0} 行第 {1} 列', location.line, location.column);
    case 'docx':
      return location.table !== undefined
        ? msg('第 {0} 个表格第 {1} 行第 {2} 列', location.table, location.row ?? 0, location.column ?? 0)
        : msg('第 {0} 段', location.paragraph);
  }
}

/** The place in a few characters, for one-line listings: 「第 3 页」, 「12:5」 (HTML source), 「表格 2 第 3 行」, 「第 4 段」. */
export function shortLocation(location: SourceLocation): MessageArg {
  switch (location.kind) {
    case 'pdf':
      return msg('第 {0} 页', location.page);
    case 'html':
      return `${location.line}:${location.column}`;
    case 'docx':
      return location.table !== undefined
        ? msg('表格 {0} 第 {1} 行', location.table, location.row ?? 0)
        : msg('第 {0} 段', location.paragraph);
  }
}
