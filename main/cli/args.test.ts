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

  it('gives usage errors (exit 2) for unknown options and a missing folder', () => {
    expect(() => parseArgs(['stats', '--frobnicate'])).toThrow(CliError);
    try {
      parseArgs(['--data-dir']);
    } catch (error) {
      expect((error as CliError).code).toBe(2);
    }
  });
});
