// The daily reminder's clockwork: at start (when today's time has passed) and then once a day at the chosen
// time, it looks at what is due and notifies — unless every item was already shown today, even before a
// restart. One setTimeout to the next due moment, re-armed after each ring and when the settings change.
import { localDay } from '@shared/schema';
import { isEmpty, itemKeys, type ReminderItems } from './reminder-items';
import type { ReminderMemory, ShownReminders } from './reminder-memory';
import { hasPassed, nextDue } from './reminder-time';

export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReminderDeps {
  clock: () => Date;
  timers: Timers;
  /** Read each time, so a change in Settings applies at the next ring (and `reschedule()` re-arms). */
  settings: () => { reminders: boolean; reminderTime: string };
  items: (today: string) => ReminderItems;
  memory: ReminderMemory;
  notify: (items: ReminderItems) => void;
  onError?: (error: unknown) => void;
}

export interface ReminderScheduler {
  /** Resolves once the check at start has run (and any notification it made is remembered). */
  readonly started: Promise<void>;
  /** The time or the on/off setting changed: arm the timer again from now. */
  reschedule(): void;
  /**
   * The computer woke up: a timer does not count the time asleep, so look now (as at start) and re-arm —
   * a laptop opened at 10:00 gets the 09:00 reminder then, not a day late.
   */
  wake(): void;
  stop(): void;
}

/** Node's timers: unref'd, so a pending reminder never keeps a quitting process alive. */
export const nodeTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function startReminders(deps: ReminderDeps): ReminderScheduler {
  let timer: unknown;
  let stopped = false;
  let shown: ShownReminders | undefined;
  let running: Promise<void> = Promise.resolve();

  const ring = async (): Promise<void> => {
    const { reminders, reminderTime } = deps.settings();
    const now = deps.clock();
    if (!reminders || !hasPassed(now, reminderTime)) return;
    const day = localDay(now);
    const items = deps.items(day);
    if (isEmpty(items)) return;
    const keys = itemKeys(items);
    const before = shown?.day === day ? new Set(shown.shown) : new Set<string>();
    if (keys.every((key) => before.has(key))) return;
    deps.notify(items);
    shown = { day, shown: [...new Set([...before, ...keys])].sort() };
    await deps.memory.save(shown);
  };
  const safely = (): Promise<void> => {
    running = running.then(ring).catch((error: unknown) => deps.onError?.(error));
    return running;
  };
  const arm = (): void => {
    if (timer !== undefined) deps.timers.clearTimeout(timer);
    timer = undefined;
    const { reminders, reminderTime } = deps.settings();
    if (stopped || !reminders) return;
    const now = deps.clock();
    const wait = Math.max(0, nextDue(now, reminderTime).getTime() - now.getTime());
    timer = deps.timers.setTimeout(() => {
      timer = undefined;
      void safely().then(arm);
    }, wait);
  };

  const started = deps.memory
    .load()
    .catch(() => undefined)
    .then((memory) => {
      shown = memory;
      return stopped ? undefined : safely();
    })
    .then(() => arm());
  return {
    started,
    reschedule: arm,
    wake: () => void safely().then(arm),
    stop() {
      stopped = true;
      if (timer !== undefined) deps.timers.clearTimeout(timer);
      timer = undefined;
    },
  };
}
