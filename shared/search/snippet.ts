// Where a hit's words are in its own spelling: ranges to highlight in the title and a short excerpt around
// the first match in the longer text, so the palette can show why something matched.
import { fold, words } from './fold';

export type Range = [start: number, end: number];

/** Ranges of the words in `text` whose folded form is one of the matched (folded) terms. */
export function matchRanges(text: string, terms: ReadonlySet<string>): Range[] {
  return words(text)
    .filter((w) => terms.has(fold(w.word)))
    .map((w): Range => [w.start, w.end]);
}

const BEFORE = 30;
const LENGTH = 120;

/** About LENGTH characters of `text` around its first matched word, cut at spaces, with ranges inside it. */
export function excerpt(text: string, terms: ReadonlySet<string>): { text: string; ranges: Range[] } | undefined {
  const ranges = matchRanges(text, terms);
  const first = ranges[0];
  if (!first) return undefined;
  let start = Math.max(0, first[0] - BEFORE);
  if (start > 0) {
    const space = text.lastIndexOf(' ', first[0]);
    start = space >= start ? space + 1 : start;
    const lineStart = text.lastIndexOf('\n', first[0]);
    if (lineStart >= start) start = lineStart + 1;
  }
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
  }
  const lead = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  const shift = lead.length - start;
  const inside = ranges.filter(([a, b]) => a >= start && b <= end).map(([a, b]): Range => [a + shift, b + shift]);
  const body = text.slice(start, end).replace(/\n/g, ' ');
  return { text: lead + body + tail, ranges: inside };
}
