// Editing the contact's small lists (emails, phones, links, tags): trimmed, no blanks, no repeats.
export type ListKind = 'email' | 'phone' | 'url' | 'tag';

/** Folds an entry for comparison: emails and tags ignore case; phones ignore spacing and dashes. */
export function foldItem(kind: ListKind, item: string): string {
  const trimmed = item.trim();
  if (kind === 'phone') return trimmed.replace(/[\s\-().]/g, '');
  return kind === 'url' ? trimmed : trimmed.toLowerCase();
}

/** A tag as typed: without a leading '#', inner spaces collapsed. */
export function cleanTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').trim().replace(/\s+/g, ' ');
}

/** The list with `raw` added at the end, or the same list when it is blank or already there. */
export function addItem(list: readonly string[], raw: string, kind: ListKind): readonly string[] {
  const item = kind === 'tag' ? cleanTag(raw) : raw.trim();
  if (item === '') return list;
  const key = foldItem(kind, item);
  return list.some((existing) => foldItem(kind, existing) === key) ? list : [...list, item];
}

export function removeItem(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}
