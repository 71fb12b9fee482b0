// This computer's settings as the Settings panels see them (main's device-settings file): read once, kept
// current when another window changes them, and changed at once with the old value back if main refuses.
import { useEffect, useState } from 'react';
import type { DeviceSettingsChange, DeviceSettingsInfo, RapportApi } from '@shared/ipc/contract';

export function useDeviceSettings(api: RapportApi) {
  const [info, setInfo] = useState<DeviceSettingsInfo | undefined>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
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
    if (!info) return;
    const before = info;
    setInfo({ ...info, ...patch });
    setFailed(false);
    api.updateDeviceSettings(patch).then(setInfo, () => {
      setInfo(before);
      setFailed(true);
    });
  };
  return { info, change, failed };
}
