import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileToOpen } from './file-args';

const exe = '/opt/Rapport/rapport-journal';

describe('the file to open from a command line', () => {
  it('finds a .rapport, .vcf, .csv or .json file, resolved against where Rapport was launched', () => {
    expect(fileToOpen([exe, '/home/a/journal.rapport'], '/tmp')).toBe('/home/a/journal.rapport');
    expect(fileToOpen([exe, 'Connections.csv'], '/home/a/Downloads')).toBe(
      join('/home/a/Downloads', 'Connections.csv'),
    );
    expect(fileToOpen([exe, '--hidden', 'people.VCF'], '/x')).toBe(join('/x', 'people.VCF'));
    expect(fileToOpen(['electron', 'out/main/index.js', 'export.json'], '/x')).toBe(join('/x', 'export.json'));
  });

  it('takes nothing from options, their values, the program itself or other files', () => {
    expect(fileToOpen([exe], '/x')).toBeUndefined();
    expect(fileToOpen([exe, '--data-dir', '/tmp/j.json'], '/x')).toBeUndefined();
    expect(fileToOpen([exe, '--data-dir=/tmp/j.csv', '--flag'], '/x')).toBeUndefined();
    expect(fileToOpen([exe, 'notes.txt', 'photo.png'], '/x')).toBeUndefined();
    expect(fileToOpen(['/home/a/people.csv'], '/x')).toBeUndefined();
  });
});
