// The English words a Swedish window must never show, taken from the catalogues themselves: every word of
// the English strings (windows' and main's) that no Swedish string uses — so words both languages share
// (Rapport, LinkedIn, Pipeline, OK, vCard) and names in both are left out by construction.
import { en } from '../../renderer/src/i18n/en';
import { sv } from '../../renderer/src/i18n/sv';
import { featureStrings } from '../../renderer/src/i18n/features';
import { mainCatalogue } from '../../shared/i18n/strings/main';

function texts(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(texts);
  return [];
}

export function words(text: string): string[] {
  return (
    text
      .replace(/\{\{[^}]*\}\}/g, ' ')
      .replace(/\$t\([^)]*\)/g, ' ')
      .toLowerCase()
      .match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []
  );
}

/**
 * Words that are English in the catalogue but are also ordinary Swedish words (or a file type, a key name)
 * a Swedish window may rightly show. Kept short and named, so a real English leak cannot hide behind it.
 */
const ALSO_SWEDISH = new Set(['man', 'under', 'fast', 'hand', 'bra', 'alt', 'shift', 'ctrl', 'enter', 'esc', 'tab']);

export function englishOnlyWords(): Set<string> {
  const swedish = new Set([sv, featureStrings('sv'), mainCatalogue.sv].flatMap(texts).flatMap(words));
  const english = [en, featureStrings('en'), mainCatalogue.en].flatMap(texts).flatMap(words);
  return new Set(english.filter((w) => w.length >= 3 && !swedish.has(w) && !ALSO_SWEDISH.has(w)));
}
