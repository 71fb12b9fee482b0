// Temporary: replaced by the weekly challenge progress.
export function WeeklyChallenge() {
  return null;
}
