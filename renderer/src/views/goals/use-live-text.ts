// Save-as-you-type for one text box: while focused it shows what is typed (a remote edit never moves the
// caret), each change is written at once through onSave, and on blur the journal's value shows again.
import { useState } from 'react';

export interface LiveTextOptions {
  /** Text that is not saved while typing (e.g. an empty title); the stored value comes back on blur. */
  accept?: (value: string) => boolean;
}

export interface LiveTextProps {
  value: string;
  onFocus: () => void;
  onBlur: () => void;
  onChange: (event: { target: { value: string } }) => void;
}

export function useLiveText(value: string, onSave: (value: string) => void, options: LiveTextOptions = {}): LiveTextProps {
  const [typed, setTyped] = useState<string | null>(null);
  return {
    value: typed ?? value,
    onFocus: () => setTyped(value),
    onBlur: () => setTyped(null),
    onChange: (event) => {
      const next = event.target.value;
      setTyped(next);
      if (!options.accept || options.accept(next)) onSave(next);
    },
  };
}
