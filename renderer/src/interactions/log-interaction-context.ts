// Any screen can open the "Log interaction" dialog, optionally with people already chosen.
import { createContext, useCallback, useContext, useMemo, useState } from 'react';

export interface LogInteractionState {
  isOpen: boolean;
  contactIds: string[];
  open: (contactIds?: string[]) => void;
  close: () => void;
}

export function useLogInteractionState(): LogInteractionState {
  const [state, setState] = useState<{ isOpen: boolean; contactIds: string[] }>({ isOpen: false, contactIds: [] });
  const open = useCallback((contactIds: string[] = []) => setState({ isOpen: true, contactIds }), []);
  const close = useCallback(() => setState({ isOpen: false, contactIds: [] }), []);
  return useMemo(() => ({ ...state, open, close }), [state, open, close]);
}

export const LogInteractionContext = createContext<(contactIds?: string[]) => void>(() => undefined);

/** Opens the dialog: `openLogInteraction([contact.id])` from a contact page. */
export function useOpenLogInteraction(): (contactIds?: string[]) => void {
  return useContext(LogInteractionContext);
}
