import { afterEach, describe, expect, it } from 'vitest';
import { setMainLanguage } from '../app/main-i18n';
import { parseLinkedInCsv } from '@shared/import/linkedin-csv';
import { previewLines, previewProblem } from './preview-words';
import type { ImportPlan } from '@shared/import/plan-contacts';

const plan: ImportPlan = {
  format: 'linkedin-csv',
  source: 'linkedin',
  added: [{ name: 'Ida Ek', company: 'Acme', emails: [], phones: [], links: [], line: 2 }],
  updated: [],
  unchanged: [],
  skipped: [
    { line: 3, reason: 'no name' },
    { line: 4, reason: 'same person as line 2', sameAs: 2 },
  ],
  problems: [],
} as unknown as ImportPlan;

describe('the import preview in the chosen language', () => {
  afterEach(() => setMainLanguage('en'));

  it('says its lines and problems in Swedish, with the file’s own values', () => {
    setMainLanguage('sv');
    expect(previewLines(plan)).toEqual([
      '+ Ida Ek, Acme (rad 2)',
      '- rad 3: hoppas över, saknar namn',
      '- rad 4: hoppas över, samma person som på rad 2',
    ]);
    const [problem] = parseLinkedInCsv('First Name,Last Name,Connected On\nBo,Ek,29-Feb-23\n').problems;
    expect(previewProblem(problem!)).toEqual({
      line: 2,
      severity: 'warning',
      message: 'Rad 2: datumet ”29-Feb-23” i Connected On gick inte att läsa; det lämnas tomt.',
    });
  });

  it('says the same in English', () => {
    expect(previewLines(plan)[0]).toBe('+ Ida Ek, Acme (line 2)');
  });
});
