// Each screen (and main, in shared/i18n/strings) keeps its strings in one file; the type makes Swedish mirror English key for key.
export type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

export interface Strings<T> {
  en: T;
  sv: Mirror<T>;
}

export function defineStrings<const T extends object>(en: T, sv: Mirror<T>): Strings<T> {
  return { en, sv };
}
