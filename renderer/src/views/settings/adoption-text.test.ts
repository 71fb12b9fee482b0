import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { SyncAdoption } from '@shared/ipc/contract';
import { strings } from '../../i18n/strings/settings';
import { adoptionSentence } from './adoption-text';

async function translator(lng: 'en' | 'sv') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { [lng]: { translation: { settings: strings[lng] } } },
    interpolation: { escapeValue: false },
  });
  return (key: string, options?: Record<string, unknown>) => i18n.t(key, options);
}

const merge = (counts: Record<string, number>): SyncAdoption => ({
  device: 'd1',
  name: 'Desk',
  summary: { kind: 'merge', counts },
});

describe('what joining another journal will do', () => {
  it('says an empty journal takes the other one', async () => {
    const adoption: SyncAdoption = { device: 'd1', name: 'Desk', summary: { kind: 'take' } };
    expect(adoptionSentence(adoption, await translator('en'))).toBe(
      'This computer’s journal is empty; it will take the journal from Desk.',
    );
    expect(adoptionSentence(adoption, await translator('sv'))).toBe(
      'Journalen på den här datorn är tom; den tar över journalen från Desk.',
    );
  });

  it('counts the people and the other entries that will be merged, and says a backup comes first', async () => {
    const sentence = adoptionSentence(
      merge({ contacts: 12, goals: 2, interactions: 3, inbox: 0 }),
      await translator('en'),
    );
    expect(sentence).toBe(
      '12 people and 5 other entries on this computer will be merged into Desk’s journal, and this computer then keeps that journal. A backup is taken first.',
    );
    expect(adoptionSentence(merge({ contacts: 1, goals: 1 }), await translator('sv'))).toMatch(
      /^1 person och 1 annan post på den här datorn slås ihop med journalen från Desk.*En säkerhetskopia tas först\.$/,
    );
  });
});
