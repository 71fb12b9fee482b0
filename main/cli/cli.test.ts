// The `rapport` CLI through its real binary (main/cli/bin.cjs → out/main/cli.js), on real folders.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { readMeta } from '@shared/schema';
import { exportJournalJson } from '@shared/export/json-export';
import { practiceJournal } from '@shared/export/test-journal';
import { JournalFileStore, readStoreState } from '../store';

const root = join(__dirname, '..', '..');
const bin = join(__dirname, 'bin.cjs');
const fixture = (name: string): string => join(__dirname, 'fixtures', name);
const dirs: string[] = [];

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
  dirs.push(dir);
  return dir;
}

function rapport(...args: string[]): { code: number; out: string; err: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RAPPORT_DATA_DIR: '' },
  });
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

function stats(dir: string): Record<string, number> {
  const result = rapport('--data-dir', dir, 'stats', '--json');
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as Record<string, number>;
}

async function epochOf(dir: string): Promise<number> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await readStoreState(dir)).update);
  return readMeta(doc).epoch;
}

beforeAll(() => {
  if (!existsSync(join(root, 'out', 'main', 'cli.js')))
    throw new Error('out/main/cli.js is missing: run `npm run build` first');
});
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('rapport CLI', () => {
  it('prints help, and usage errors exit 2', () => {
    expect(rapport('help').code).toBe(0);
    expect(rapport('help').out).toContain('rapport [--data-dir DIR] <command>');
    expect(rapport('import', '--help').out).toContain('--dry-run');
    expect(rapport().code).toBe(2);
    expect(rapport('frobnicate').code).toBe(2);
    expect(rapport('stats', '--bogus').code).toBe(2);
    expect(rapport('export', 'pdf', 'x').code).toBe(2);
  });

  it('imports a LinkedIn export, and a second import of the same file changes nothing', () => {
    const dir = join(temp(), 'journal');
    const dry = rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v1.csv'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/added\s+3/);
    expect(existsSync(dir)).toBe(false);

    const first = rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v1.csv'));
    expect(first.code).toBe(0);
    expect(stats(dir)).toMatchObject({ contacts: 3, interactions: 0 });
    const again = rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v1.csv'));
    expect(again.out).toMatch(/unchanged\s+3/);
    expect(again.out).toContain('Nothing to import');
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });

  it('shows new connections and job changes on re-import, logging the change on the contact', () => {
    const dir = temp();
    rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v1.csv'));
    const second = rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v2.csv'));
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/added\s+1/);
    expect(second.out).toContain(
      'Linnea Åkesson: changed role: UX Researcher at Skogsdata AB → Lead UX Researcher at Skogsdata AB',
    );
    expect(stats(dir)).toMatchObject({ contacts: 4, interactions: 1 });
    const out = join(temp(), 'j.json');
    expect(rapport('--data-dir', dir, 'export', 'json', out).code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      contacts: Array<Record<string, unknown>>;
      interactions: Array<Record<string, unknown>>;
    };
    const linnea = json.contacts.find((c) => c.name === 'Linnea Åkesson')!;
    expect(linnea).toMatchObject({
      role: 'Lead UX Researcher',
      stage: 'identified',
      source: 'linkedin',
      connectedOn: '2024-03-12',
    });
    expect(json.interactions[0]).toMatchObject({ contactIds: [linnea.id] });
    expect(json.contacts.find((c) => c.name === 'Per "Pelle" Nyström')).toMatchObject({
      emails: ['pelle@example.test'],
      connectedOn: '2022-02-07',
    });
  });

  it('refuses bad input with a clear message, exit 1, and writes nothing', () => {
    const dir = temp();
    const bad = rapport('--data-dir', dir, 'import', 'linkedin', fixture('not-linkedin.csv'));
    expect(bad.code).toBe(1);
    expect(bad.out + bad.err).toContain('No LinkedIn header row found');
    expect(readdirSync(dir)).toEqual([]);
    expect(stats(dir).contacts).toBe(0);
    const big = join(temp(), 'big.csv');
    writeFileSync(big, Buffer.alloc(51 * 1024 * 1024, 0x41));
    const huge = rapport('--data-dir', dir, 'import', 'linkedin', big);
    expect(huge.code).toBe(1);
    expect(huge.err).toContain('up to 50 MB');
    expect(rapport('--data-dir', dir, 'import', 'vcard', join(dir, 'missing.vcf')).code).toBe(1);
  });

  it('refuses a cut-off vCard file, naming the line, and writes nothing', () => {
    const dir = temp();
    const cut = join(temp(), 'cut.vcf');
    writeFileSync(cut, 'BEGIN:VCARD\nVERSION:3.0\nFN:Whole Wilma\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Half Ha');
    const refused = rapport('--data-dir', dir, 'import', 'vcard', cut);
    expect(refused.code).toBe(1);
    expect(refused.out + refused.err).toContain('line 5 has no END:VCARD');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads but refuses to write while the app holds the lock (exit 3)', async () => {
    const dir = temp();
    rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v1.csv'));
    const app = await JournalFileStore.open(dir);
    try {
      const refused = rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v2.csv'));
      expect(refused.code).toBe(3);
      expect(refused.err).toContain('open in another Rapport process');
      expect(stats(dir).contacts).toBe(3);
      expect(rapport('--data-dir', dir, 'verify').code).toBe(0);
    } finally {
      await app.destroy();
    }
    expect(rapport('--data-dir', join(temp(), 'nothing-here'), 'stats').code).toBe(3);
  });

  it('exports vCard that imports back into a new journal with the same people', () => {
    const dir = temp();
    rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v2.csv'));
    const vcf = join(temp(), 'all.vcf');
    expect(rapport('--data-dir', dir, 'export', 'vcard', vcf).code).toBe(0);
    const other = temp();
    const back = rapport('--data-dir', other, 'import', 'vcard', vcf);
    expect(back.out).toMatch(/added\s+4/);
    const names = (d: string): string[] => {
      const out = join(temp(), 'x.json');
      rapport('--data-dir', d, 'export', 'json', out);
      return (
        JSON.parse(readFileSync(out, 'utf8')) as {
          contacts: Array<{ name: string; company: string; linkedinUrl: string }>;
        }
      ).contacts
        .map((c) => `${c.name}|${c.company}|${c.linkedinUrl}`)
        .sort();
    };
    expect(names(other)).toEqual(names(dir));
  });

  it('backs up, exports Markdown and .rapport, and verify reports damage (exit 1)', () => {
    const dir = temp();
    rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v1.csv'));
    const backup = rapport('--data-dir', dir, 'backup');
    expect(backup.code).toBe(0);
    expect(existsSync(backup.out.trim())).toBe(true);
    const md = join(temp(), 'md');
    expect(rapport('--data-dir', dir, 'export', 'md', md).code).toBe(0);
    expect(readdirSync(join(md, 'contacts')).sort()).toEqual(['Linnea Åkesson.md', 'Per Pelle Nyström.md', '李 娜.md']);
    const snap = join(temp(), 'j.rapport');
    expect(rapport('--data-dir', dir, 'export', 'rapport', snap).code).toBe(0);
    const merged = temp();
    expect(rapport('--data-dir', merged, 'import', 'rapport', snap).out).toMatch(/added\s+3/);

    const log = join(dir, 'journal.log');
    const bytes = readFileSync(log);
    bytes[12] = bytes[12]! ^ 0xff;
    writeFileSync(log, bytes);
    const verify = rapport('--data-dir', dir, 'verify');
    expect(verify.code).toBe(1);
    expect(verify.err).toContain('journal.log at byte 8');
  });

  it('imports events and reflections from JSON, counts them, and exports them as Markdown and .rapport', () => {
    const file = join(temp(), 'practice.json');
    const json = exportJournalJson(practiceJournal().doc);
    json.events[0]!.energyPlanned = 9;
    writeFileSync(file, JSON.stringify(json, null, 2));
    const dir = temp();
    const imported = rapport('--data-dir', dir, 'import', 'json', file);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(
      /warning: event "Design meetup": left out energyPlanned, which is not a whole number 1–5/,
    );
    expect(stats(dir)).toMatchObject({ contacts: 3, events: 1, reflections: 1, recordedEvents: 1 });
    expect(rapport('--data-dir', dir, 'stats').out).toContain('reflections  1  (latest 2026-11-30)');

    const md = join(temp(), 'md');
    expect(rapport('--data-dir', dir, 'export', 'md', md).code).toBe(0);
    expect(readdirSync(join(md, 'events'))).toEqual(['2026-12-03 Design meetup.md']);
    expect(readdirSync(join(md, 'reflections'))).toEqual(['2026-11-30 After the meetup.md']);
    // Rich text arrives as plain lines through JSON; the Markdown escapes nothing it should not.
    expect(readFileSync(join(md, 'reflections', '2026-11-30 After the meetup.md'), 'utf8')).toContain(
      '- **People:** [[Åsa Lind]]',
    );

    const snap = join(temp(), 'j.rapport');
    expect(rapport('--data-dir', dir, 'export', 'rapport', snap).code).toBe(0);
    const other = temp();
    expect(rapport('--data-dir', other, 'import', 'rapport', snap).code).toBe(0);
    expect(stats(other)).toMatchObject({ contacts: 3, events: 1, reflections: 1, goals: 1, circles: 1 });
  });

  it('restores a backup exactly, under a new epoch, after backing up the present; refuses bad files and a locked journal', async () => {
    const dir = temp();
    rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v1.csv'));
    const backup = rapport('--data-dir', dir, 'backup').out.trim();
    rapport('--data-dir', dir, 'import', 'linkedin', fixture('connections-v2.csv'));
    expect(stats(dir)).toMatchObject({ contacts: 4, interactions: 1 });
    const epoch = await epochOf(dir);

    expect(rapport('--data-dir', dir, 'restore').code).toBe(2);
    expect(rapport('restore', '--help').out).toContain('A restore replaces, it does');
    const restored = rapport('--data-dir', dir, 'restore', backup);
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`epoch ${epoch + 1}`);
    expect(stats(dir)).toMatchObject({ contacts: 3, interactions: 0 });
    expect(await epochOf(dir)).toBe(epoch + 1);
    expect(readFileSync(join(dir, 'journal.log')).length).toBe(8); // only the log's header: nothing replays on top
    const before = readdirSync(join(dir, 'backups')).find((f) => f.endsWith('-before-restore.rapport'));
    expect(before).toBeDefined();

    // A damaged file is refused and changes nothing; so is any restore while the app holds the journal.
    const damaged = join(temp(), 'damaged.rapport');
    writeFileSync(damaged, readFileSync(join(dir, 'backups', before!)).subarray(0, 200));
    const bad = rapport('--data-dir', dir, 'restore', damaged);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('damaged.rapport cannot be restored');
    expect(bad.err).toContain('Nothing was changed.');
    const app = await JournalFileStore.open(dir);
    try {
      const locked = rapport('--data-dir', dir, 'restore', before!);
      expect(locked.code).toBe(3);
      expect(locked.err).toContain('open in another Rapport process');
    } finally {
      await app.destroy();
    }
    expect(stats(dir)).toMatchObject({ contacts: 3, interactions: 0 });

    // A bare backup name is found in the backups folder: back to the state before the restore.
    expect(rapport('--data-dir', dir, 'restore', before!).code).toBe(0);
    expect(stats(dir)).toMatchObject({ contacts: 4, interactions: 1 });
    expect(await epochOf(dir)).toBe(epoch + 2);
  });
});
