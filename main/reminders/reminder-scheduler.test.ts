import { describe, expect, it } from 'vitest';
import { at } from '@shared/schema/test-support';
import type { FollowUp } from '@shared/practice/due-follow-ups';
import type { ReminderItems } from './reminder-items';
import type { ReminderMemory, ShownReminders } from './reminder-memory';
import { startReminders, type Timers } from './reminder-scheduler';
import { dueOn, nextDue } from './reminder-time';

/** A clock and timers that move only when the test says so. */
function fakeTime(start: Date) {
  let now = start.getTime();
  const pending = new Map<number, { run: () => void; due: number }>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (run, ms) => {
      pending.set(next, { run, due: now + ms });
      return next++;
    },
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  return {
    clock: () => new Date(now),
    timers,
    pending: () => [...pending.values()].map((p) => new Date(p.due)),
    /** The wall clock jumps on while no timer runs (the computer slept). */
    sleepTo(to: Date) {
      now = to.getTime();
    },
    /** Moves the clock to `to`, running each timer that falls due on the way. */
    async advanceTo(to: Date) {
      for (;;) {
        const [id, first] = [...pending.entries()].sort((a, b) => a[1].due - b[1].due)[0] ?? [];
        if (id === undefined || !first || first.due > to.getTime()) break;
        pending.delete(id);
        now = first.due;
        first.run();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      now = to.getTime();
    },
  };
}

function memoryOf(initial?: ShownReminders): ReminderMemory & { saved: ShownReminders[] } {
  let stored = initial;
  const saved: ShownReminders[] = [];
  return {
    saved,
    load: () => Promise.resolve(stored),
    save: (shown) => {
      stored = shown;
      saved.push(shown);
      return Promise.resolve();
    },
  };
}

const step = (id: string, due: string): FollowUp => ({ kind: 'next-step', contactId: id, name: id, text: 'x', due });

function setup(
  start: Date,
  due: () => ReminderItems,
  memory = memoryOf(),
  settings = { reminders: true, reminderTime: '09:00' },
) {
  const time = fakeTime(start);
  const shown: ReminderItems[] = [];
  const scheduler = startReminders({
    clock: time.clock,
    timers: time.timers,
    settings: () => settings,
    items: due,
    memory,
    notify: (items) => shown.push(items),
  });
  return { time, shown, scheduler, memory, settings };
}

describe('the daily reminder', () => {
  const one = (): ReminderItems => ({ followUps: [step('ana', '2026-03-09')], events: [] });

  it('rings at start when today’s time has passed, once, and remembers what it showed', async () => {
    const { shown, scheduler, memory } = setup(at('2026-03-10', 10), one);
    await scheduler.started;
    expect(shown).toHaveLength(1);
    expect(memory.saved).toEqual([{ day: '2026-03-10', shown: ['next-step:ana:2026-03-09'] }]);
  });

  it('stays quiet after a restart the same day when nothing new is due', async () => {
    const memory = memoryOf({ day: '2026-03-10', shown: ['next-step:ana:2026-03-09'] });
    const { shown, scheduler } = setup(at('2026-03-10', 15), one, memory);
    await scheduler.started;
    expect(shown).toHaveLength(0);
  });

  it('rings again after a restart when something new is due, and the next day for what is still due', async () => {
    const memory = memoryOf({ day: '2026-03-10', shown: ['next-step:ana:2026-03-09'] });
    const two = (): ReminderItems => ({ followUps: [...one().followUps, step('bo', '2026-03-10')], events: [] });
    const { shown, scheduler, time } = setup(at('2026-03-10', 15), two, memory);
    await scheduler.started;
    expect(shown).toHaveLength(1);
    expect(memory.saved.at(-1)).toEqual({
      day: '2026-03-10',
      shown: ['next-step:ana:2026-03-09', 'next-step:bo:2026-03-10'],
    });
    await time.advanceTo(dueOn(at('2026-03-11'), '09:00'));
    expect(shown).toHaveLength(2);
    expect(memory.saved.at(-1)?.day).toBe('2026-03-11');
  });

  it('waits for the chosen time when started before it, then rings daily with one timer', async () => {
    const { shown, scheduler, time } = setup(at('2026-03-10', 7), one);
    await scheduler.started;
    expect(shown).toHaveLength(0);
    expect(time.pending()).toEqual([dueOn(at('2026-03-10'), '09:00')]);
    await time.advanceTo(dueOn(at('2026-03-10'), '09:00'));
    expect(shown).toHaveLength(1);
    expect(time.pending()).toEqual([dueOn(at('2026-03-11'), '09:00')]);
    await time.advanceTo(at('2026-03-11', 12));
    expect(shown).toHaveLength(2);
  });

  it('says nothing when nothing is due', async () => {
    const { shown, scheduler, memory } = setup(at('2026-03-10', 10), () => ({ followUps: [], events: [] }));
    await scheduler.started;
    expect(shown).toHaveLength(0);
    expect(memory.saved).toHaveLength(0);
  });

  it('is silent and arms nothing when turned off; a new time applies when rescheduled', async () => {
    const { shown, scheduler, time, settings } = setup(at('2026-03-10', 10), one, memoryOf(), {
      reminders: false,
      reminderTime: '09:00',
    });
    await scheduler.started;
    expect(shown).toHaveLength(0);
    expect(time.pending()).toEqual([]);
    settings.reminders = true;
    settings.reminderTime = '17:30';
    scheduler.reschedule();
    expect(time.pending()).toEqual([dueOn(at('2026-03-10'), '17:30')]);
    await time.advanceTo(at('2026-03-10', 18));
    expect(shown).toHaveLength(1);
  });

  it('looks again when the computer wakes, so a reminder due while it slept comes at once', async () => {
    const { shown, scheduler, time } = setup(at('2026-03-10', 7), one);
    await scheduler.started;
    // Asleep from 07:00 to 10:00: the timer has not run (a suspended machine's timers do not count).
    expect(time.pending()).toEqual([dueOn(at('2026-03-10'), '09:00')]);
    time.sleepTo(at('2026-03-10', 10));
    scheduler.wake();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toHaveLength(1);
    expect(time.pending()).toEqual([dueOn(at('2026-03-11'), '09:00')]);
  });

  it('stops: no timer left behind', async () => {
    const { scheduler, time } = setup(at('2026-03-10', 7), one);
    await scheduler.started;
    scheduler.stop();
    expect(time.pending()).toEqual([]);
  });
});

describe('the reminder time', () => {
  it('is today’s time while it is ahead, else tomorrow’s', () => {
    expect(nextDue(at('2026-03-10', 8), '09:00')).toEqual(new Date(2026, 2, 10, 9, 0));
    expect(nextDue(new Date(2026, 2, 10, 9, 0), '09:00')).toEqual(new Date(2026, 2, 11, 9, 0));
    expect(nextDue(new Date(2026, 2, 31, 22, 0), '07:15')).toEqual(new Date(2026, 3, 1, 7, 15));
  });
});
