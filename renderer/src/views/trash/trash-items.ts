// Pure view logic for the Trash: when an entry will be deleted for good, counted in whole days from now.
export const PURGE_AFTER_DAYS = 30;
const MS_PER_DAY = 86_400_000;

export interface PurgeInfo {
  /** When the entry is deleted for good (deletedAt + 30 days), or undefined for an unreadable date. */
  purgeAt: Date | undefined;
  /** Whole days left, rounded up (0 = today), never negative; undefined with purgeAt. */
  daysLeft: number | undefined;
}

export function purgeInfo(deletedAt: string, now: Date, days = PURGE_AFTER_DAYS): PurgeInfo {
  const t = Date.parse(deletedAt);
  if (Number.isNaN(t)) return { purgeAt: undefined, daysLeft: undefined };
  const purgeAt = new Date(t + days * MS_PER_DAY);
  const daysLeft = Math.max(0, Math.ceil((purgeAt.getTime() - now.getTime()) / MS_PER_DAY));
  return { purgeAt, daysLeft };
}
