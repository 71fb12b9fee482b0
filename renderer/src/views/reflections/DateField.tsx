// The day a reflection is about, as a native date field (the browser's own picker and keyboard). Only a whole
// date is saved; clearing the field leaves the stored day as it was.
import { useId } from 'react';
import { isDay } from '@shared/schema';
import { DayInput } from '../../day-field/DayInput';

export function DateField({ label, value, onSave }: { label: string; value: string; onSave: (day: string) => void }) {
  const id = useId();
  return (
    <div className="field reflection-date">
      <label htmlFor={id}>{label}</label>
      <DayInput id={id} value={value} onDay={(day) => isDay(day) && day !== value && onSave(day)} />
    </div>
  );
}
