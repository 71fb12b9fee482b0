// Each screen keeps its own strings in i18n/strings/<screen>.ts; the type makes Swedish mirror English key for key.
export type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

export interface Strings<T> {
  en: T;
  sv: Mirror<T>;
}

export function defineStrings<const T extends object>(en: T, sv: Mirror<T>): Strings<T> {
  return { en, sv };
}
