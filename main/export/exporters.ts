// The export formats (CLI and app), each writing to a path with injected fs functions (so tests can watch).
import { join } from 'node:path';
import type * as Y from 'yjs';
import { exportJournalJson } from '@shared/export/json-export';
import { encodeRapportFile } from '@shared/export/rapport-file';
import { writeVCards } from '@shared/import/vcard-write';
import { contactsForVCard } from '@shared/export/vcard-export';
import type { ExportFormat } from '@shared/ipc/contract';

export type { ExportFormat };

export interface ExportFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  dirname(path: string): string;
}

type Exporter = (doc: Y.Doc, path: string, fs: ExportFs) => Promise<string>;

async function writeOne(fs: ExportFs, path: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(fs.dirname(path), { recursive: true });
  await fs.writeFile(path, data);
}

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  async md(doc, path, fs) {
    // Loaded on demand: the editor schema and the Markdown serializer add ~300 ms to a cold start.
    const { exportMarkdown } = await import('@shared/export/markdown-export');
    const files = exportMarkdown(doc);
    await fs.mkdir(path, { recursive: true });
    for (const file of files) await writeOne(fs, join(path, ...file.path.split('/')), file.content);
    return `${files.length} Markdown files`;
  },
  async json(doc, path, fs) {
    await writeOne(fs, path, `${JSON.stringify(exportJournalJson(doc), null, 2)}\n`);
    return 'the journal as JSON';
  },
  async vcard(doc, path, fs) {
    const contacts = contactsForVCard(doc);
    await writeOne(fs, path, writeVCards(contacts));
    return `${contacts.length} contacts as vCard 4.0`;
  },
  async rapport(doc, path, fs) {
    await writeOne(fs, path, encodeRapportFile(doc));
    return 'a .rapport snapshot';
  },
};
