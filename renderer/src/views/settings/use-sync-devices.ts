// Settings → Devices reads sync's state from main and follows its changes (a device synced, was refused…).
import { useEffect, useState } from 'react';
import type { RapportApi, SyncDevicesInfo } from '@shared/ipc/contract';

export function useSyncDevices(api: RapportApi): {
  info: SyncDevicesInfo | undefined;
  setInfo: (info: SyncDevicesInfo) => void;
} {
  const [info, setInfo] = useState<SyncDevicesInfo | undefined>();
  useEffect(() => {
    let live = true;
    const stop = api.onSyncDevicesChanged((next) => live && setInfo(next));
    api.syncDevices().then(
      (next) => live && setInfo(next),
      () => undefined, // the panel stays as it was; an action will say what went wrong
    );
    return () => {
      live = false;
      stop();
    };
  }, [api]);
  return { info, setInfo };
}
