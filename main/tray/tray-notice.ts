// The calm word the first time the journal window closes into the tray: Rapport is still here, and how to
// quit. Once per run at most, and never again after "Don't show again" (kept in the device settings).
import { dialog } from 'electron';
import { mainStrings } from '../app/strings';
import type { DeviceSettingsStore } from '../settings/device-settings';

export function createTrayNotice(settings: DeviceSettingsStore): () => Promise<void> {
  let shown = false;
  return async () => {
    if (shown || settings.get().trayNoticeDismissed) return;
    shown = true;
    const s = mainStrings.trayNotice;
    const answer = await dialog.showMessageBox({
      type: 'info',
      title: s.title,
      message: s.message,
      detail: s.detail,
      buttons: [s.ok],
      defaultId: 0,
      noLink: true,
      checkboxLabel: s.dontShowAgain,
      checkboxChecked: false,
    });
    if (answer.checkboxChecked) {
      await settings.update({ trayNoticeDismissed: true }).catch((error: unknown) => {
        console.error('Rapport: could not remember "Don’t show again"', error);
      });
    }
  };
}
