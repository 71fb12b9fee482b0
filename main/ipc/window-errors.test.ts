import { afterEach, describe, expect, it } from 'vitest';
import { setMainLanguage } from '../app/main-i18n';
import { explainDiskError } from '../store/disk-errors';
import { readRestorePlan } from '../backup/restore-plan';
import { forWindow } from './window-errors';

describe('errors main sends to a window', () => {
  afterEach(() => setMainLanguage('en'));

  it('say a full disk and a backup that cannot be restored in the chosen language', async () => {
    const full = explainDiskError(
      Object.assign(new Error('no space'), { code: 'ENOSPC' }),
      '/data',
      'Edits are not saved',
    );
    const refused = await readRestorePlan('/nowhere/rapport-2026-11-30.rapport').catch((e: unknown) => e);
    expect((forWindow(full) as Error).message).toMatch(/^The disk that holds \/data is full\./);
    setMainLanguage('sv');
    expect((forWindow(full) as Error).message).toBe(
      'Disken där /data ligger är full. Frigör lite utrymme; Rapport behåller det som inte är sparat än och sparar det så snart det finns plats. (ENOSPC)',
    );
    expect((forWindow(refused) as Error).message).toBe(
      'rapport-2026-11-30.rapport kan inte återställas: filen går inte att läsa som en hel säkerhetskopia från Rapport. Inget ändrades.',
    );
    const other = new Error('something else');
    expect(forWindow(other)).toBe(other);
  });
});
