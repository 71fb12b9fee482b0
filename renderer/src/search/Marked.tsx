// Text with its matched words wrapped in <mark>, so the reason for a hit shows (and is read out) in place.
import type { Range } from '@shared/search';

export function Marked({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts: (string | { mark: string })[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push({ mark: text.slice(start, end) });
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.mark}</mark>))}</>;
}
