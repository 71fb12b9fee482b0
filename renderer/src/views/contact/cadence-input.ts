// What a half-typed keep-in-touch rhythm means, so the fields save only a pair that makes sense.
import type { Cadence } from '@shared/schema';

export interface TypedCadence {
  ideal: string;
  max: string;
}

const whole = (text: string): number | undefined => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : undefined);

/**
 * A cadence to store; null when both are empty (remove the rhythm); 'incomplete' while the ideal is missing
 * or not a whole number ≥ 1; 'invalid' when the latest is shorter than the ideal. A missing latest means
 * "the same as the ideal".
 */
export function parseCadence({ ideal, max }: TypedCadence): Cadence | null | 'invalid' | 'incomplete' {
  if (ideal.trim() === '' && max.trim() === '') return null;
  const idealDays = whole(ideal);
  if (idealDays === undefined || idealDays < 1) return 'incomplete';
  if (max.trim() === '') return { idealDays, maxDays: idealDays };
  const maxDays = whole(max);
  if (maxDays === undefined) return 'incomplete';
  return maxDays >= idealDays ? { idealDays, maxDays } : 'invalid';
}
