import { afterEach, describe, expect, it } from 'vitest';
import { setMainLanguage } from '../app/main-i18n';
import { storeNotice } from './store-notices';

describe("the store's notices in the window", () => {
  afterEach(() => setMainLanguage('en'));

  it('name the damaged file and where it is kept, in the chosen language', () => {
    const report = {
      kind: 'corrupt-record' as const,
      file: '/data/journal.log',
      offset: 120,
      message: 'journal.log at byte 120: a record whose checksum does not match.',
      keptAs: '/data/journal.log.damaged-1',
    };
    expect(storeNotice(report).message).toBe(
      'journal.log is damaged at byte 120; the edits up to that point are intact. The damaged file is kept as /data/journal.log.damaged-1.',
    );
    setMainLanguage('sv');
    expect(storeNotice(report)).toEqual({
      kind: 'corrupt-record',
      message:
        'journal.log är skadad vid byte 120; ändringarna fram till dit är orörda. Den skadade filen finns kvar som /data/journal.log.damaged-1.',
    });
  });
});
