// Which row a key moves to in a list with roving focus: ↑ ↓ one row, PageUp/PageDown a screenful, Home/End
// the ends. undefined: the key is not ours, or there is nowhere to go.
export function rowAfterKey(key: string, from: number, count: number, pageRows: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const clamp = (n: number): number => Math.min(last, Math.max(0, n));
  switch (key) {
    case 'ArrowDown':
      return from < last ? from + 1 : undefined;
    case 'ArrowUp':
      return from > 0 ? clamp(from - 1) : undefined;
    case 'PageDown':
      return from < last ? clamp(from + pageRows) : undefined;
    case 'PageUp':
      return from > 0 ? clamp(from - pageRows) : undefined;
    case 'Home':
      return from !== 0 ? 0 : undefined;
    case 'End':
      return from !== last ? last : undefined;
    default:
      return undefined;
  }
}
