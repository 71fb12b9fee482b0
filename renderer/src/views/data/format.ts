// How the Your data screen writes sizes and dates, and turns an IPC failure into a plain sentence.
import type { TFunction } from 'i18next';

const MB = 1024 * 1024;

/** 48 213 bytes → "47.1 KB"; sizes from 1 MB on in MB. Never "0 KB" for a file that has content. */
export function formatSize(bytes: number, t: TFunction, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes >= MB) return t('data.sizeMb', { size: number.format(bytes / MB) });
  return t('data.sizeKb', { size: number.format(Math.max(bytes / 1024, bytes > 0 ? 0.1 : 0)) });
}

export function dateFormat(language: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
}

/** Electron wraps a handler's error as "Error invoking remote method 'x': Error: …"; the user needs the "…". */
export function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Error invoking remote method '[^']*': /, '').replace(/^(?:[A-Z]\w*)?Error: /, '');
}
