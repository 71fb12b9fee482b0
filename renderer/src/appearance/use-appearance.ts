// The Settings screen's view of language and theme: the current choice, and a change that applies at once
// and is kept where this computer keeps it (main's settings file, or localStorage in the browser build).
import { useEffect, useState } from 'react';
import type { RapportApi } from '@shared/ipc/contract';
import { storedAppearance, type Appearance } from './appearance';
import { announceAppearance, onAppearance } from './follow-appearance';

export function useAppearance(api: RapportApi | undefined) {
  const [appearance, setAppearance] = useState<Appearance>(storedAppearance);
  const [failed, setFailed] = useState(false);
  useEffect(() => onAppearance(setAppearance), []);

  const change = (next: Partial<Appearance>): void => {
    const before = appearance;
    const wanted = { ...appearance, ...next };
    setFailed(false);
    announceAppearance(wanted);
    if (!api) return;
    // Main pushes the saved settings to every window, this one too; a refusal puts the old choice back.
    api.updateDeviceSettings(next).catch(() => {
      announceAppearance(before);
      setFailed(true);
    });
  };
  return { appearance, change, failed };
}
