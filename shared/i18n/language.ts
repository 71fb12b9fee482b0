// Which of Rapport's two languages a choice means: 'system' follows the OS or browser (sv* → Swedish,
// anything else → English). One rule for main, the windows and the browser build.
import type { LanguageChoice } from '../ipc/contract';

export type Language = 'sv' | 'en';

export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lang = tag.toLowerCase().split('-')[0];
    if (lang === 'sv') return 'sv';
    if (lang === 'en') return 'en';
  }
  return 'en';
}

export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[]): Language {
  return choice === 'system' ? pickLanguage(preferred) : choice;
}
