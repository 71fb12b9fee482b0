// What the reminder last showed (the day and its items), in a small device-local file beside
// device-settings.json, so a restart never repeats a notification. Written durably, like the settings.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { replaceFile } from '../store/durable-io';

export const REMINDER_MEMORY_FILE = 'reminders-shown.json';

const schema = z.object({
  /** The local day ('YYYY-MM-DD') of the last notification. */
  day: z.string(),
  /** itemKeys() of everything that day's notifications covered. */
  shown: z.array(z.string()),
});

export type ShownReminders = z.infer<typeof schema>;

export interface ReminderMemory {
  load(): Promise<ShownReminders | undefined>;
  save(shown: ShownReminders): Promise<void>;
}

/** A missing or damaged file is "nothing shown yet": at worst one reminder more, never a blocked start. */
export function fileMemory(path: string): ReminderMemory {
  return {
    async load() {
      try {
        const result = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        return result.success ? result.data : undefined;
      } catch {
        return undefined;
      }
    },
    async save(shown) {
      await mkdir(dirname(path), { recursive: true });
      await replaceFile(path, new TextEncoder().encode(`${JSON.stringify(shown)}\n`));
    },
  };
}
