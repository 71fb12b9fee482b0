// main's clock for time-based features (the daily reminder). An unpackaged build started with
// RAPPORT_TEST_NOW=2026-03-10T09:30 (local time) runs its clock from that moment, so e2e specs see a fixed
// day and can still wait for a timer; a packaged Rapport always uses the real time.
export const TEST_NOW_ENV = 'RAPPORT_TEST_NOW';

export function appClock(
  env: Record<string, string | undefined>,
  packaged: boolean,
  realNow: () => number = Date.now,
): () => Date {
  const fixed = packaged ? undefined : env[TEST_NOW_ENV];
  const start = fixed ? new Date(fixed).getTime() : Number.NaN;
  if (Number.isNaN(start)) return () => new Date(realNow());
  const offset = start - realNow();
  return () => new Date(realNow() + offset);
}
