// Suggested meeting rhythms offered under the rhythm field (each a key of circles.rhythms); any text is fine.
export const RHYTHM_KEYS = [
  'weekly',
  'fortnightly',
  'monthly',
  'firstTuesday',
  'quarterly',
  'yearly',
  'adHoc',
] as const;
