// Safe, stable file names for exports: the same journal always gives the same names on every OS, and every
// name works inside a `[[wiki link]]` (where # ^ [ ] | mean heading, block, link and alias).
// Control characters are exactly what must not reach a file name.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i; // Windows device names

export function safeFileBase(title: string, fallback: string): string {
  let base = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  base = base.replace(/^[.\s]+|[.\s]+$/g, ''); // no hidden files, no trailing dots (Windows)
  if (Array.from(base).length > 80) base = Array.from(base).slice(0, 80).join('').trim();
  if (base === '' || RESERVED.test(base)) base = fallback;
  return base;
}

/**
 * Unique base names for a list of (id, title) in a stable order. Titles shared by several entities
 * (compared case-insensitively, as on macOS and Windows) all get a short id suffix, so adding a second
 * "Anna" never renames the first file differently on the next export than on this one… unless both exist.
 */
export function uniqueFileBases(
  items: ReadonlyArray<{ id: string; title: string }>,
  fallback: string,
): Map<string, string> {
  const bases = items.map((item) => ({ id: item.id, base: safeFileBase(item.title, fallback) }));
  const counts = new Map<string, number>();
  for (const { base } of bases) counts.set(base.toLowerCase(), (counts.get(base.toLowerCase()) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const { id, base } of bases) {
    const clash = (counts.get(base.toLowerCase()) ?? 0) > 1;
    out.set(id, clash ? `${base} (${id.replace(/[^a-zA-Z0-9]/g, '').slice(0, 8)})` : base);
  }
  return out;
}
