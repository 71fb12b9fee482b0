import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { CliError } from './output';

describe('CLI arguments', () => {
  it('reads the data folder, the command, its arguments and flags in any order', () => {
    const a = parseArgs(['--data-dir', '/j', 'import', 'linkedin', 'c.csv', '--dry-run']);
    expect(a).toMatchObject({ dataDir: '/j', command: 'import', positional: ['linkedin', 'c.csv'], help: false });
    expect([...a.flags]).toEqual(['--dry-run']);
    expect(parseArgs(['stats', '--json', '--data-dir=/x']).dataDir).toBe('/x');
    expect(parseArgs(['export', '--help']).help).toBe(true);
  });

  it('reads the sync options with their values, and the sync flags', () => {
    const a = parseArgs(['--data-dir', '/j', 'serve', '--host', '127.0.0.1', '--port=0']);
    expect(a.values.get('--host')).toBe('127.0.0.1');
    expect(a.values.get('--port')).toBe('0');
    const p = parseArgs(['pair', 'ABCD', '--address', '10.0.0.2:4000', '--merge']);
    expect(p).toMatchObject({ command: 'pair', positional: ['ABCD'] });
    expect(p.values.get('--address')).toBe('10.0.0.2:4000');
    expect([...p.flags]).toEqual(['--merge']);
    expect([...parseArgs(['sync', '--once']).flags]).toEqual(['--once']);
    expect(() => parseArgs(['serve', '--port'])).toThrow('--port needs a port');
  });

  it('gives usage errors (exit 2) for unknown options and a missing folder', () => {
    expect(() => parseArgs(['stats', '--frobnicate'])).toThrow(CliError);
    try {
      parseArgs(['--data-dir']);
    } catch (error) {
      expect((error as CliError).code).toBe(2);
    }
  });
});
