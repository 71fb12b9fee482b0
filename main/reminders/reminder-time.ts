// When the daily reminder is due, in local time: pure, so the scheduler's arithmetic is tested with a fixed
// clock. Built from calendar fields, so a day with a daylight-saving change still rings at 09:00.

/** The moment `time` ('HH:MM') falls on the local day of `now`. */
export function dueOn(now: Date, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours ?? 9, minutes ?? 0);
}

/** Whether today's reminder time has come. */
export function hasPassed(now: Date, time: string): boolean {
  return now.getTime() >= dueOn(now, time).getTime();
}

/** The next moment the reminder is due after `now`: today at `time` if still ahead, else tomorrow. */
export function nextDue(now: Date, time: string): Date {
  const today = dueOn(now, time);
  if (today.getTime() > now.getTime()) return today;
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hours ?? 9, minutes ?? 0);
}
