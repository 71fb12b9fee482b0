// What a reflection is called where it is listed: its title, else the first line written, else the prompt it
// was written from, else a kind "Untitled reflection".
import type { TFunction } from 'i18next';
import type { ReflectionItem } from './live-reflections';

export function reflectionLabel(item: ReflectionItem, t: TFunction): { text: string; untitled: boolean } {
  const text = item.title || item.firstLine || item.promptText || '';
  return text !== '' ? { text, untitled: false } : { text: t('reflections.untitled'), untitled: true };
}
