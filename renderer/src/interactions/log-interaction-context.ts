// Any screen can open the "Log interaction" dialog, optionally with people chosen and a summary written
// (an inbox note becomes an interaction), and hear back when it was logged.
import { createContext, useCallback, useContext, useMemo, useState } from 'react';

export interface LogInteractionRequest {
  contactIds?: string[];
  summary?: string;
  /** Runs after the interaction was logged (not on cancel). */
  onLogged?: () => void;
  /** Runs inside the logging's own edit, so one Undo takes back both (an inbox note goes to the trash). */
  inSameEdit?: () => void;
}

export interface LogInteractionState {
  request: LogInteractionRequest | null;
  open: (request?: LogInteractionRequest) => void;
  close: () => void;
}

export function useLogInteractionState(): LogInteractionState {
  const [request, setRequest] = useState<LogInteractionRequest | null>(null);
  const open = useCallback((next: LogInteractionRequest = {}) => setRequest(next), []);
  const close = useCallback(() => setRequest(null), []);
  return useMemo(() => ({ request, open, close }), [request, open, close]);
}

export const LogInteractionContext = createContext<(request?: LogInteractionRequest) => void>(() => undefined);

/** Opens the dialog: `openLogInteraction({ contactIds: [contact.id] })` from a contact page. */
export function useOpenLogInteraction(): (request?: LogInteractionRequest) => void {
  return useContext(LogInteractionContext);
}
