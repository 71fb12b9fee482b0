// Export from the app (the Your data screen and File → Export): main asks where — a save dialog, or a
// folder for the Markdown export — and writes with the same exporters as `rapport export`.
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import type * as Y from 'yjs';
import type { ExportFormat, ExportOutcome } from '@shared/ipc/contract';
import { EXPORTERS } from './exporters';
import { mt } from '../app/main-i18n';

/** Each file export's dialog title and file type, as keys of main's catalogue (exportDialog.*). */
const FILES: Record<Exclude<ExportFormat, 'md'>, { titleKey: string; extension: string; filterKey: string }> = {
  json: { titleKey: 'exportDialog.json', extension: 'json', filterKey: 'exportDialog.filterJson' },
  vcard: { titleKey: 'exportDialog.vcard', extension: 'vcf', filterKey: 'exportDialog.filterVcard' },
  rapport: { titleKey: 'exportDialog.rapport', extension: 'rapport', filterKey: 'exportDialog.filterRapport' },
};

function day(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Rapport 2026-11-29", then "… (2)", "… (3)": a Markdown export never mixes with an earlier one. */
function freshFolder(parent: string, now: Date): string {
  const base = join(parent, `Rapport ${day(now)}`);
  for (let n = 2, candidate = base; ; candidate = `${base} (${n})`, n += 1) {
    if (!existsSync(candidate)) return candidate;
  }
}

async function askTarget(
  format: ExportFormat,
  owner: BrowserWindow | undefined,
  now: Date,
): Promise<string | undefined> {
  if (format === 'md') {
    const options: OpenDialogOptions = {
      title: mt('exportDialog.markdown'),
      buttonLabel: mt('exportDialog.exportHere'),
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const parent = choice.filePaths[0];
    return choice.canceled || !parent ? undefined : freshFolder(parent, now);
  }
  const file = FILES[format];
  const options: SaveDialogOptions = {
    title: mt(file.titleKey),
    defaultPath: join(app.getPath('documents'), `Rapport ${day(now)}.${file.extension}`),
    filters: [{ name: mt(file.filterKey), extensions: [file.extension] }],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? undefined : choice.filePath;
}

export async function exportWithDialog(
  format: ExportFormat,
  doc: Y.Doc,
  owner?: BrowserWindow,
  now = new Date(),
): Promise<ExportOutcome> {
  const path = await askTarget(format, owner, now);
  if (!path) return { saved: false };
  await EXPORTERS[format](doc, path, { mkdir, writeFile, dirname });
  return { saved: true, path };
}
