import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { featureStrings } from '../../i18n/features';
import { compared, decimal, monthName, percent, weekName } from './wording';

async function translator(lng: 'en' | 'sv') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { [lng]: { translation: featureStrings(lng) } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('compared', () => {
  it('says the issue’s sentence, pluralised, with the change from the period before', async () => {
    const t = await translator('en');
    const key = 'insights.outreach.sentence';
    expect(compared(t, key, { current: 9, previous: 6 }, 12)).toBe(
      'You reached out to 9 new people in the last 12 weeks, 3 more than the 12 before.',
    );
    expect(compared(t, key, { current: 1, previous: 2 }, 4)).toBe(
      'You reached out to 1 new person in the last 4 weeks, 1 fewer than the 4 before.',
    );
    expect(compared(t, key, { current: 1200, previous: 1200 }, 52)).toBe(
      'You reached out to 1,200 new people in the last 52 weeks, the same as the 52 before.',
    );
  });

  it('says it in Swedish, with Swedish numbers', async () => {
    const t = await translator('sv');
    expect(compared(t, 'insights.outreach.sentence', { current: 1200, previous: 1197 }, 12)).toBe(
      'Du hörde av dig till 1\u00a0200 nya personer de senaste 12 veckorna, 3 fler än de 12 veckorna innan.',
    );
    expect(compared(t, 'insights.circles.sentence', { current: 1, previous: 3 }, 4)).toBe(
      'Dina nätverk träffades 1 gång de senaste 4 veckorna, 2 färre än de 4 veckorna innan.',
    );
  });
});

describe('numbers and labels', () => {
  it('follow the language', async () => {
    expect(decimal(3.75, 'sv')).toBe('3,8');
    expect(decimal(4, 'en')).toBe('4.0');
    expect(percent(1, 3, 'en')).toBe('33%');
    expect(percent(0, 0, 'sv')).toBe('0\u00a0%');
    expect(monthName('2026-06', 'en', true)).toBe('June 2026');
    expect(weekName(await translator('sv'), '2026-06-15', 'sv')).toBe('Vecka 25 (15 juni)');
  });
});
