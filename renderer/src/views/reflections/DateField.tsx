// The day a reflection is about, as a native date field (the browser's own picker and keyboard). Only a whole
// date is saved; clearing the field leaves the stored day as it was.
import { useId } from 'react';
import { isDay } from '@shared/schema';

export function DateField({ label, value, onSave }: { label: string; value: string; onSave: (day: string) => void }) {
  const id = useId();
  return (
    <div className="field reflection-date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(e) => {
          if (isDay(e.target.value) && e.target.value !== value) onSave(e.target.value);
        }}
      />
    </div>
  );
}
