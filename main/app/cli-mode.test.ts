// `Rapport --cli …`: which arguments reach the CLI, and that it runs and exits with the CLI's code.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliArguments, runCliInApp } from './cli-mode';

describe('cliArguments', () => {
  it('is null when the app starts normally', () => {
    expect(cliArguments(['/opt/Rapport/rapport'])).toBeNull();
    expect(cliArguments(['/opt/Rapport/rapport', '--data-dir', '/j'])).toBeNull();
  });

  it('gives the CLI everything after --cli, in the installed app and under `electron .`', () => {
    expect(cliArguments(['/opt/Rapport/rapport', '--cli', 'stats', '--json'])).toEqual(['stats', '--json']);
    expect(cliArguments(['/usr/bin/electron', '.', '--cli', 'export', 'json', 'out.json'])).toEqual([
      'export',
      'json',
      'out.json',
    ]);
  });

  it('passes on a --data-dir given before --cli, unless the CLI has its own', () => {
    expect(cliArguments(['Rapport', '--data-dir', '/j', '--cli', 'stats'])).toEqual(['--data-dir', '/j', 'stats']);
    expect(cliArguments(['Rapport', '--data-dir=/j', '--cli', 'stats'])).toEqual(['--data-dir', '/j', 'stats']);
    expect(cliArguments(['Rapport', '--data-dir', '/j', '--cli', '--data-dir', '/k', 'stats'])).toEqual([
      '--data-dir',
      '/k',
      'stats',
    ]);
  });
});

describe('runCliInApp', () => {
  function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    return new Promise((resolve) => {
      void runCliInApp(
        args,
        (code) => resolve({ code, out, err }),
        io,
        (done) => done(),
      );
    });
  }

  it('runs the command and exits with its code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-mode-'));
    const { code, out } = await run(['--data-dir', dir, 'stats', '--json']);
    expect(code).toBe(0);
    expect(out.join('')).toContain('"contacts":0');
  });

  it('exits with the usage code for an unknown command', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(err.join('')).toContain('Unknown command');
  });
});
