// The quick note's person picker asks main, which holds the journal: up to eight people whose name has a word
// starting with what was typed, ignoring case and diacritics. The folded names are kept, sorted once, until
// the contacts change, so a keystroke is one linear scan with an early cut — cheap at 10,000 people.
import type * as Y from 'yjs';
import { collection } from '@shared/schema/journal-doc';
import { eachEntity, isLive } from '@shared/schema/entity';
import { str } from '@shared/schema/fields';
import { fold, WORD } from '@shared/search/fold';
import type { ContactSuggestion } from '@shared/ipc/contract';

export const MAX_SUGGESTIONS = 8;

interface Entry extends ContactSuggestion {
  folded: string;
  /** The name's words, folded. */
  words: string[];
}

const foldedWords = (text: string): string[] => fold(text).match(WORD) ?? [];

export class ContactSuggester {
  private entries: Entry[] | undefined;
  private watched: Y.Doc | undefined;
  private readonly stale = (): void => {
    this.entries = undefined;
  };

  /** `doc` is read on every call: after a restore the journal is a new document, watched from then on. */
  constructor(private readonly doc: () => Y.Doc) {}

  suggest(query: string): ContactSuggestion[] {
    const wanted = foldedWords(query);
    const entries = this.list(); // an empty query only warms the cache (the field asks so when focused)
    if (wanted.length === 0) return [];
    const first: ContactSuggestion[] = [];
    const other: ContactSuggestion[] = [];
    for (const entry of entries) {
      if (!wanted.every((w) => entry.words.some((word) => word.startsWith(w)))) continue;
      // A name that starts with the first word typed comes before one that only has it later.
      const bucket = entry.words[0]?.startsWith(wanted[0]!) ? first : other;
      if (bucket.length < MAX_SUGGESTIONS) bucket.push({ id: entry.id, name: entry.name, company: entry.company });
      if (first.length === MAX_SUGGESTIONS) break;
    }
    return [...first, ...other].slice(0, MAX_SUGGESTIONS);
  }

  /** Drops the watch on the document (the app is closing). */
  dispose(): void {
    if (this.watched) collection(this.watched, 'contacts').unobserveDeep(this.stale);
    this.watched = undefined;
    this.entries = undefined;
  }

  private list(): Entry[] {
    const doc = this.doc();
    if (doc !== this.watched) {
      this.dispose();
      collection(doc, 'contacts').observeDeep(this.stale);
      this.watched = doc;
    }
    if (!this.entries) {
      const entries: Entry[] = [];
      eachEntity(doc, 'contacts', (map, id) => {
        const name = str(map.get('name')).trim();
        if (!isLive(map) || name === '') return;
        const folded = fold(name);
        entries.push({ id, name, company: str(map.get('company')), folded, words: folded.match(WORD) ?? [] });
      });
      // By the folded name, compared as plain strings: a collator over 10,000 names costs ten times as much.
      this.entries = entries.sort((a, b) =>
        a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : a.id < b.id ? -1 : 1,
      );
    }
    return this.entries;
  }
}
