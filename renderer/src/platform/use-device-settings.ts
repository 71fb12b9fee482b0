// This computer's settings as main last told them (main's device-settings file, never synced): read once,
// followed through main's push (a change in any window, e.g. a new quick-note shortcut) so every place that
// shows them agrees, and changed at once with the old value back if main refuses.
import { useEffect, useState } from 'react';
import type { DeviceSettingsChange, DeviceSettingsInfo, RapportApi } from '@shared/ipc/contract';

export function useDeviceSettings(api: RapportApi | undefined) {
  const [info, setInfo] = useState<DeviceSettingsInfo | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!api) return undefined;
    let live = true;
    api.deviceSettings().then(
      (next) => live && setInfo(next),
      () => live && setFailed(true),
    );
    const stop = api.onDeviceSettingsChanged((next) => live && setInfo(next));
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  const change = (patch: DeviceSettingsChange): void => {
    if (!info || !api) return;
    const before = info;
    setInfo({ ...info, ...patch });
    setFailed(false);
    api.updateDeviceSettings(patch).then(setInfo, () => {
      setInfo(before);
      setFailed(true);
    });
  };
  return { info, setInfo, change, failed };
}
