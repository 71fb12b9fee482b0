import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCircle, createEvent, listCircles, listEvents, migrate } from '../schema';
import { at } from '../schema/test-support';
import { circlesInsight, rhythmDays } from './circles';

describe('rhythmDays', () => {
  it('understands the suggested rhythms in English and Swedish', () => {
    expect(['weekly', 'varje vecka'].map(rhythmDays)).toEqual([7, 7]);
    expect(['every other week', 'varannan vecka'].map(rhythmDays)).toEqual([14, 14]);
    expect(['monthly, first Tuesday', 'varje månad, första tisdagen'].map(rhythmDays)).toEqual([31, 31]);
    expect(['quarterly', 'varje kvartal', 'once a year', 'en gång om året'].map(rhythmDays)).toEqual([
      91, 91, 365, 365,
    ]);
    expect(['when something comes up', 'när något dyker upp', ''].map(rhythmDays)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('circlesInsight', () => {
  it('finds each circle’s last meeting up to today and weighs it against the rhythm', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const circle = (name: string, rhythm: string) => createCircle(doc, { name, rhythm }, at('2026-01-05'));
    const design = circle('Design leads', 'monthly');
    const alumni = circle('Alumni', 'weekly');
    circle('Book club', 'varje månad');
    circle('Friends', 'when something comes up');
    const meet = (circleId: string, date: string) =>
      createEvent(doc, { title: 'Meet', date, circleId }, at('2026-01-05'));
    meet(design, '2026-06-01');
    meet(design, '2026-06-30'); // after today: not met yet
    meet(alumni, '2026-05-20'); // the period before
    meet(alumni, '2026-04-10'); // before both periods
    const result = circlesInsight(listCircles(doc), listEvents(doc), '2026-06-17', 4);
    expect(result.circles.map((c) => [c.name, c.lastMet, c.daysSince, c.rhythmDays, c.state])).toEqual([
      ['Alumni', '2026-05-20', 28, 7, 'due'],
      ['Book club', undefined, undefined, 31, 'never-met'],
      ['Design leads', '2026-06-01', 16, 31, 'on-rhythm'],
      ['Friends', undefined, undefined, undefined, 'no-rhythm'],
    ]);
    expect(result.meetings).toEqual({ current: 1, previous: 1 });
  });
});
