import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import * as Y from 'yjs';
import { createContact, getContact, type Contact, type ContactInput } from '@shared/schema';
import { at } from '@shared/schema/test-support';
import { strings } from '../../i18n/strings/contacts-view';
import { nextUpLine } from './next-up-text';

async function translator(lng: 'en' | 'sv') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { [lng]: { translation: { contactsView: strings[lng] } } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

function contact(input: Partial<ContactInput>): Contact {
  const doc = new Y.Doc();
  return getContact(doc, createContact(doc, { name: 'Ola', ...input }, at('2026-01-01'))) as Contact;
}

describe('the "what is next" line', () => {
  it('reads calmly in English and Swedish', async () => {
    const en = await translator('en');
    const sv = await translator('sv');
    const step = contact({ nextStep: { text: 'Ask about the meetup', due: '2026-03-10' } });
    expect(nextUpLine(step, undefined, '2026-03-01', en, 'en-GB')).toEqual({
      text: 'Next: Ask about the meetup · by 10 Mar',
      tone: 'calm',
    });
    expect(nextUpLine(step, undefined, '2026-03-10', en, 'en-GB')).toEqual({
      text: 'Next: Ask about the meetup · today',
      tone: 'nudge',
    });
    expect(nextUpLine(step, undefined, '2026-04-01', en, 'en-GB')).toEqual({
      text: 'Next: Ask about the meetup · planned for 10 Mar',
      tone: 'nudge',
    });
    expect(nextUpLine(step, undefined, '2026-03-01', sv, 'sv')?.text).toBe(
      'Nästa: Ask about the meetup · senast 10 mars',
    );
    const rhythm = contact({ cadence: { idealDays: 14, maxDays: 30 } });
    expect(nextUpLine(rhythm, undefined, '2026-01-20', en, 'en')).toEqual({
      text: 'A good time to get in touch',
      tone: 'nudge',
    });
    expect(nextUpLine(rhythm, undefined, '2026-03-20', en, 'en')?.text).toBe('It has been a while — a short note?');
    const dated = contact({ nextStep: { text: '', due: '2026-03-10' } });
    expect(nextUpLine(dated, undefined, '2026-03-01', en, 'en-GB')?.text).toBe('Next step by 10 Mar');
    expect(nextUpLine(contact({}), undefined, '2026-03-01', en, 'en')).toBeUndefined();
  });
});
