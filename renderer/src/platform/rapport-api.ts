// The desktop bridge, when there is one: the preload defines `window.rapport`; the browser build has none.
import type { RapportApi } from '@shared/ipc/contract';

declare global {
  interface Window {
    rapport?: RapportApi;
  }
}

export function desktopApi(): RapportApi | undefined {
  return window.rapport;
}
