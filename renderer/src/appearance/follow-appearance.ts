// Keeps this window's language and theme in step when they change elsewhere: main's push on the desktop
// (any window's Settings), the storage event in the browser build (another tab's Settings).
import type { RapportApi } from '@shared/ipc/contract';
import { APPEARANCE_KEY, applyAppearance, rememberAppearance, storedAppearance, type Appearance } from './appearance';

const listeners = new Set<(appearance: Appearance) => void>();

/** Tells this window's Settings screen, which shows the choice, as well as applying it. */
export function onAppearance(listener: (appearance: Appearance) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceAppearance(appearance: Appearance): void {
  rememberAppearance(appearance);
  void applyAppearance(appearance);
  for (const listener of listeners) listener(appearance);
}

export function followAppearance(api: RapportApi | undefined): () => void {
  if (api) return api.onDeviceSettingsChanged(({ language, theme }) => announceAppearance({ language, theme }));
  const onStorage = (event: StorageEvent): void => {
    if (event.key === APPEARANCE_KEY) announceAppearance(storedAppearance());
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}
