// Which palette commands a query names: every word typed must start a word of the command's name, in the
// UI language or the other one ("ny kon" finds New contact in English too), ignoring case and accents.
import { fold, words } from '@shared/search';

export interface CommandName {
  /** The name shown, in the UI language. */
  label: string;
  /** The same command in the other language, matched but not shown. */
  other: string;
}

function foldedWords(text: string): string[] {
  return words(text).map((w) => fold(w.word));
}

function namedBy(name: string, typed: readonly string[]): boolean {
  const own = foldedWords(name);
  return typed.every((t) => own.some((w) => w.startsWith(t)));
}

export function matchesCommand(command: CommandName, query: string): boolean {
  const typed = foldedWords(query);
  if (typed.length === 0) return false;
  return namedBy(command.label, typed) || namedBy(command.other, typed);
}
