// One labelled filter of the People list (a native <select>: keyboard and screen readers know it well).
import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}

export function FilterSelect({ label, value, onChange, children }: Props) {
  const id = useId();
  return (
    <div className="people-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
