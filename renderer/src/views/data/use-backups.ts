// The backups folder as the screen sees it: main's list, read on open and after each change.
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, RapportApi } from '@shared/ipc/contract';

export interface BackupsState {
  /** undefined until main has answered the first time. */
  backups: BackupInfo[] | undefined;
  refresh(): Promise<void>;
}

export function useBackups(api: RapportApi, onError: (error: unknown) => void): BackupsState {
  const [backups, setBackups] = useState<BackupInfo[] | undefined>();
  const refresh = useCallback(() => api.listBackups().then(setBackups, onError), [api, onError]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { backups, refresh };
}
