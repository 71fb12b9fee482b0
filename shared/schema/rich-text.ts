// Rich text (contact notes, message drafts, goal strategies) lives as a Y.XmlFragment field on its
// entity, bound to the editor; these helpers create it, copy it and read it as plain text for search/export.
import * as Y from 'yjs';
import type { EntityMap } from './journal-doc';

/** Inline elements that break a line instead of starting a block (ProseMirror and TipTap spellings). */
const LINE_BREAKS = new Set(['hard_break', 'hardBreak', 'br']);

/**
 * The fragment stored under `key`, created on first use. Accessors create it eagerly for new entities,
 * because two devices lazily creating the same field before syncing would keep only one of them.
 * A plain string left there by another version becomes the fragment's first paragraphs, not lost.
 */
export function ensureFragment(map: EntityMap, key: string): Y.XmlFragment {
  const existing = map.get(key);
  if (existing instanceof Y.XmlFragment) return existing;
  const fragment = new Y.XmlFragment();
  const run = (): void => {
    map.set(key, fragment);
    if (typeof existing === 'string' && existing !== '') fragment.insert(0, paragraphs(existing));
  };
  if (map.doc) map.doc.transact(run);
  else run();
  return fragment;
}

/** One 'paragraph' element per line: the node name ProseMirror-based editors use by default. */
export function paragraphs(text: string): Y.XmlElement[] {
  return text.split(/\r?\n/).map((line) => {
    const p = new Y.XmlElement('paragraph');
    if (line !== '') p.insert(0, [new Y.XmlText(line)]);
    return p;
  });
}

function textOf(node: Y.XmlText): string {
  return (node.toDelta() as { insert?: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** Text content, one line per block (an empty paragraph is an empty line), inline breaks kept. */
export function plainText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  let line: string | undefined; // inline text waiting for its block to end
  const flush = (): void => {
    if (line !== undefined) lines.push(line);
    line = undefined;
  };
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook): void => {
    if (node instanceof Y.XmlText) {
      line = (line ?? '') + textOf(node);
    } else if (node instanceof Y.XmlElement) {
      if (LINE_BREAKS.has(node.nodeName)) {
        line = (line ?? '') + '\n';
        return;
      }
      flush();
      const before = lines.length;
      node.toArray().forEach(visit);
      if (line === undefined && lines.length === before) line = '';
      flush();
    }
  };
  fragment.toArray().forEach(visit);
  flush();
  return lines.join('\n');
}

/** True when the fragment shows no text (it may still hold empty paragraphs). */
export function isBlank(fragment: Y.XmlFragment): boolean {
  return plainText(fragment).trim() === '';
}

/** Appends copies of `from`'s content to `to`; `from` is left as it is. */
export function appendCopy(from: Y.XmlFragment, to: Y.XmlFragment): void {
  // XmlHooks (custom embeds) are not part of the editor schemas Rapport binds to, so only text and
  // elements are copied.
  const copies = from.toArray().flatMap((node) => (node instanceof Y.XmlHook ? [] : [node.clone()]));
  if (copies.length > 0) to.insert(to.length, copies);
}

export function clearFragment(fragment: Y.XmlFragment): void {
  if (fragment.length > 0) fragment.delete(0, fragment.length);
}

/** The plain text stored under `key` without creating anything: a fragment's text, a legacy string, or ''. */
export function richTextOf(map: EntityMap, key: string): string {
  const value = map.get(key);
  if (value instanceof Y.XmlFragment) return plainText(value);
  return typeof value === 'string' ? value : '';
}
