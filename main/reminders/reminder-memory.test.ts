import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileMemory, REMINDER_MEMORY_FILE } from './reminder-memory';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-reminders-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('what the reminder showed', () => {
  it('is kept across a restart', async () => {
    const path = join(dir, 'profile', REMINDER_MEMORY_FILE);
    await fileMemory(path).save({ day: '2026-03-10', shown: ['next-step:a:2026-03-09'] });
    expect(await fileMemory(path).load()).toEqual({ day: '2026-03-10', shown: ['next-step:a:2026-03-09'] });
    expect(await readFile(path, 'utf8')).toContain('2026-03-10');
  });

  it('is nothing when the file is missing or damaged (at worst one reminder more, never a failed start)', async () => {
    const path = join(dir, REMINDER_MEMORY_FILE);
    expect(await fileMemory(path).load()).toBeUndefined();
    await writeFile(path, '{"day": 3');
    expect(await fileMemory(path).load()).toBeUndefined();
    await writeFile(path, '{"day": "2026-03-10", "shown": "all"}');
    expect(await fileMemory(path).load()).toBeUndefined();
  });
});
