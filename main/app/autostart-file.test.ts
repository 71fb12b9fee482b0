import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autostartPath, setAutostart } from './autostart-file';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'rapport-home-'));
});
afterEach(() => rm(home, { recursive: true, force: true }));

describe('the Linux autostart entry', () => {
  it('is written into <config>/autostart when turned on, and starts Rapport hidden', async () => {
    const config = join(home, '.config');
    await setAutostart(config, true, ['/opt/Rapport App/rapport-journal', '--hidden']);
    const text = await readFile(join(config, 'autostart', 'rapport.desktop'), 'utf8');
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        '[Desktop Entry]',
        'Type=Application',
        'Name=Rapport',
        'Exec="/opt/Rapport App/rapport-journal" --hidden',
      ]),
    );
  });

  it('is removed when turned off, and turning off twice is fine', async () => {
    const config = join(home, '.config');
    await setAutostart(config, true, ['/usr/bin/rapport-journal', '--hidden']);
    await setAutostart(config, false, []);
    expect(existsSync(autostartPath(config))).toBe(false);
    await setAutostart(config, false, []);
    expect(existsSync(autostartPath(config))).toBe(false);
  });

  it('escapes what the desktop entry format reserves', async () => {
    const config = join(home, 'cfg');
    await setAutostart(config, true, ['/home/a/$HOME "x"/app', '--hidden']);
    expect(await readFile(autostartPath(config), 'utf8')).toContain('Exec="/home/a/\\$HOME \\"x\\"/app" --hidden');
  });
});
