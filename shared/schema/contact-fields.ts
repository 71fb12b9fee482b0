// The contact's small structured fields (next step, keep-in-touch cadence). Each is stored as one plain
// value so its parts change together: a due date belongs to its step, and maxDays ≥ idealDays must hold.
import { isDay } from './dates';
import { num, optDay, record, str } from './fields';

export interface NextStep {
  text: string;
  due: string | undefined;
}

/** Keep in touch every `idealDays`, and at the latest after `maxDays`. */
export interface Cadence {
  idealDays: number;
  maxDays: number;
}

export function readNextStep(value: unknown): NextStep | undefined {
  const get = record(value);
  if (!get) return undefined;
  const text = str(get('text'));
  const due = optDay(get('due'));
  return text === '' && due === undefined ? undefined : { text, due };
}

export function readCadence(value: unknown): Cadence | undefined {
  const get = record(value);
  if (!get) return undefined;
  const idealDays = num(get('idealDays'));
  if (!Number.isInteger(idealDays) || idealDays < 1) return undefined;
  const maxDays = num(get('maxDays'), idealDays);
  return { idealDays, maxDays: Number.isInteger(maxDays) && maxDays >= idealDays ? maxDays : idealDays };
}

/** The stored form of a next step; throws on a malformed due date so nothing half-valid is written. */
export function nextStepValue(step: NextStep): Record<string, string> {
  if (step.due !== undefined && !isDay(step.due))
    throw new RangeError(`Next step due date is not YYYY-MM-DD: ${step.due}`);
  const text = step.text.trim();
  return step.due === undefined ? { text } : { text, due: step.due };
}

export function cadenceValue(cadence: Cadence): Record<string, number> {
  const { idealDays, maxDays } = cadence;
  if (!Number.isInteger(idealDays) || idealDays < 1)
    throw new RangeError('Cadence idealDays must be a whole number ≥ 1');
  if (!Number.isInteger(maxDays) || maxDays < idealDays)
    throw new RangeError('Cadence maxDays must be a whole number ≥ idealDays');
  return { idealDays, maxDays };
}

/** The stored form of one contact field: copies arrays, validates structured values; null means "clear". */
export function storedValue(key: string, value: unknown): unknown {
  if (value === null) return null;
  if (key === 'nextStep') return nextStepValue(value as NextStep);
  if (key === 'cadence') return cadenceValue(value as Cadence);
  if (key === 'snoozedUntil' && !isDay(value)) throw new RangeError(`snoozedUntil is not YYYY-MM-DD: ${String(value)}`);
  return Array.isArray(value) ? [...(value as unknown[])] : value;
}
