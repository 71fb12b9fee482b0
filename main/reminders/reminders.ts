// The daily reminder as the OS shows it: an Electron Notification with the reminder's words; a click opens
// the journal on Today. The last notification is kept referenced, or some platforms drop its click.
import { Notification } from 'electron';
import type * as Y from 'yjs';
import type { DeviceSettingsStore } from '../settings/device-settings';
import { reminderItems } from './reminder-items';
import type { ReminderMemory } from './reminder-memory';
import { nodeTimers, startReminders, type ReminderScheduler, type Timers } from './reminder-scheduler';
import { reminderText } from './reminder-text';

export interface ReminderOptions {
  doc: () => Y.Doc;
  settings: DeviceSettingsStore;
  memory: ReminderMemory;
  openToday: () => void;
  clock?: () => Date;
  timers?: Timers;
}

export function startDailyReminders(options: ReminderOptions): ReminderScheduler {
  let last: Notification | undefined;
  return startReminders({
    clock: options.clock ?? (() => new Date()),
    timers: options.timers ?? nodeTimers,
    settings: () => options.settings.get(),
    items: (today) => reminderItems(options.doc(), today),
    memory: options.memory,
    notify: (items) => {
      if (!Notification.isSupported()) return;
      const { title, body } = reminderText(items);
      const notification = new Notification({ title, body, silent: true });
      notification.on('click', () => options.openToday());
      last?.close();
      last = notification;
      notification.show();
    },
    onError: (error) => console.error('Rapport: the daily reminder failed', error),
  });
}
