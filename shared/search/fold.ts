// The one normaliser search uses for indexing and querying alike, so matching ignores case and diacritics
// both ways: "sjostrom" finds "Sjöström", "Öberg" finds "Oberg", "angstrom" finds "Ångström".

/** Letters that Unicode does not decompose into base + mark, spelled the way a keyboard without them would. */
const SPECIAL: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };
const SPECIAL_RE = /[øæœßđłþı]/g;
const MARKS = /\p{M}+/gu;

/** Lower case, marks stripped (å, ä, ö, é … lose theirs through NFD), the few undecomposable letters spelled out. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

/** Words as the index sees them: runs of anything but spaces, line breaks and punctuation (MiniSearch's own split). */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Each word of `text` with where it starts and ends, so a match can be highlighted in the original spelling. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
