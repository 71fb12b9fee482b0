// User story: the journal window opens where I left it — and never somewhere I cannot see it, such as on a
// monitor that is no longer plugged in. (The stand-in has one 1280×800 display.)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures/test';

async function withBounds(dataDir: string, windowBounds: object): Promise<string> {
  const profile = join(dataDir, '.app-profile');
  await mkdir(profile, { recursive: true });
  const file = join(profile, 'device-settings.json');
  await writeFile(file, JSON.stringify({ version: 1, windowBounds }));
  return file;
}

async function savedBounds(file: string): Promise<unknown> {
  return (JSON.parse(await readFile(file, 'utf8')) as { windowBounds?: unknown }).windowBounds;
}

test('the journal window comes back at its saved size and place', async ({ launch, dataDir }) => {
  const bounds = { x: 40, y: 30, width: 900, height: 640 };
  const file = await withBounds(dataDir, bounds);
  const app = await launch();
  await app.firstWindow();
  await app.close();
  // Saved again as the window closed: where main put it.
  expect(await savedBounds(file)).toEqual(bounds);
});

test('a window saved off every display opens at the usual size, centred', async ({ launch, dataDir }) => {
  const file = await withBounds(dataDir, { x: 3000, y: 200, width: 900, height: 640 });
  const app = await launch();
  await app.firstWindow();
  await app.close();
  expect(await savedBounds(file)).toEqual({ x: 90, y: 20, width: 1100, height: 760 });
});
