// Language and theme of this computer's windows: read where they are kept (main's device settings on the
// desktop, localStorage in the browser build) and applied to the page — i18next, <html lang>, <html data-theme>.
import i18next from 'i18next';
import {
  LANGUAGE_CHOICES,
  THEME_CHOICES,
  type LanguageChoice,
  type RapportApi,
  type ThemeChoice,
} from '@shared/ipc/contract';
import { pickLanguage } from '@shared/i18n/language';

export interface Appearance {
  language: LanguageChoice;
  theme: ThemeChoice;
}

export const SYSTEM_APPEARANCE: Appearance = { language: 'system', theme: 'system' };
/** The browser build keeps the choice here; the desktop keeps a copy so a window paints right before main answers. */
export const APPEARANCE_KEY = 'rapport-appearance';

/** The language the windows speak for a choice: 'system' follows the OS or browser (Swedish or English). */
export function languageOf(choice: LanguageChoice, preferred: readonly string[] = navigator.languages): 'sv' | 'en' {
  return choice === 'system' ? pickLanguage(preferred) : choice;
}

/** The remembered choice, or the system's when there is none or it is not one Rapport knows. */
export function storedAppearance(storage: Pick<Storage, 'getItem'> = localStorage): Appearance {
  try {
    const raw = JSON.parse(storage.getItem(APPEARANCE_KEY) ?? '{}') as Record<string, unknown>;
    return {
      language: LANGUAGE_CHOICES.find((c) => c === raw.language) ?? 'system',
      theme: THEME_CHOICES.find((c) => c === raw.theme) ?? 'system',
    };
  } catch {
    return SYSTEM_APPEARANCE;
  }
}

export function rememberAppearance(appearance: Appearance): void {
  try {
    localStorage.setItem(APPEARANCE_KEY, JSON.stringify(appearance));
  } catch {
    // Storage may be full or off; the choice still applies to this window.
  }
}

/** The theme attribute on <html>: none follows the OS (base.css's prefers-color-scheme). */
export function applyTheme(theme: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}

/** Applies both to this window at once; i18next re-renders every translated string. */
export async function applyAppearance(appearance: Appearance): Promise<void> {
  applyTheme(appearance.theme);
  const lng = languageOf(appearance.language);
  document.documentElement.lang = lng;
  if (i18next.isInitialized && i18next.language !== lng) await i18next.changeLanguage(lng);
}

/** This computer's choice: main's settings on the desktop, the remembered one in the browser build. */
export async function loadAppearance(api: RapportApi | undefined): Promise<Appearance> {
  if (!api) return storedAppearance();
  try {
    const { language, theme } = await api.deviceSettings();
    rememberAppearance({ language, theme });
    return { language, theme };
  } catch {
    return storedAppearance();
  }
}
