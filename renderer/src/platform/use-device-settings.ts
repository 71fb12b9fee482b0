// This computer's settings as main last told them: read once, then followed through main's push (a change in
// any window, e.g. a new quick-note shortcut), so every place that shows them agrees.
import { useEffect, useState } from 'react';
import type { DeviceSettingsInfo, RapportApi } from '@shared/ipc/contract';

export function useDeviceSettings(
  api: RapportApi | undefined,
): [DeviceSettingsInfo | undefined, (info: DeviceSettingsInfo) => void] {
  const [info, setInfo] = useState<DeviceSettingsInfo | undefined>();
  useEffect(() => {
    if (!api) return undefined;
    let live = true;
    api.deviceSettings().then(
      (next) => live && setInfo(next),
      () => undefined, // Settings says so when a change fails; reading again happens on the next push
    );
    const stop = api.onDeviceSettingsChanged((next) => live && setInfo(next));
    return () => {
      live = false;
      stop();
    };
  }, [api]);
  return [info, setInfo];
}
