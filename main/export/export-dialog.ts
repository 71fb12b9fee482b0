// Export from the app (the Your data screen and File → Export): main asks where — a save dialog, or a
// folder for the Markdown export — and writes with the same exporters as `rapport export`.
import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import type * as Y from 'yjs';
import type { ExportFormat, ExportOutcome } from '@shared/ipc/contract';
import { EXPORTERS } from './exporters';

const FILES: Record<Exclude<ExportFormat, 'md'>, { title: string; extension: string; filter: string }> = {
  json: { title: 'Export the journal as JSON', extension: 'json', filter: 'JSON' },
  vcard: { title: 'Export contacts as vCard', extension: 'vcf', filter: 'vCard' },
  rapport: { title: 'Export a Rapport snapshot', extension: 'rapport', filter: 'Rapport snapshot' },
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
      title: 'Choose where to put the Markdown folder',
      buttonLabel: 'Export here',
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    };
    const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const parent = choice.filePaths[0];
    return choice.canceled || !parent ? undefined : freshFolder(parent, now);
  }
  const file = FILES[format];
  const options: SaveDialogOptions = {
    title: file.title,
    defaultPath: join(app.getPath('documents'), `Rapport ${day(now)}.${file.extension}`),
    filters: [{ name: file.filter, extensions: [file.extension] }],
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
