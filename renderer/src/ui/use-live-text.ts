// The typing half of a save-as-you-type field: while focused the field shows what is typed (so a remote
// edit never yanks the caret), each accepted change is written at once, and on blur the journal's value
// shows again. Used by LiveField and by custom fields such as a page heading.
import { useState } from 'react';

export interface LiveTextOptions {
  /** Text it does not save while typing (e.g. an empty name); the stored value comes back on blur. */
  accept?: (value: string) => boolean;
  /** Called on blur with the final text, e.g. to tidy a pasted URL. */
  onCommit?: (value: string) => void;
}

export interface LiveTextProps {
  value: string;
  onFocus: () => void;
  onBlur: () => void;
  onChange: (event: { target: { value: string } }) => void;
}

export function useLiveText(
  value: string,
  onSave: (value: string) => void,
  { accept, onCommit }: LiveTextOptions = {},
): LiveTextProps {
  const [typed, setTyped] = useState<string | null>(null);
  return {
    value: typed ?? value,
    onFocus: () => setTyped(value),
    onBlur: () => {
      if (typed !== null) onCommit?.(typed);
      setTyped(null);
    },
    onChange: (event) => {
      const next = event.target.value;
      setTyped(next);
      if (!accept || accept(next)) onSave(next);
    },
  };
}
