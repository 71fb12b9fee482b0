// The calm word the first time the journal window closes into the tray: Rapport is still here, and how to
// quit. Once per run at most, and never again after "Don't show again" (kept in the device settings).
import { dialog } from 'electron';
import { mt } from '../app/main-i18n';
import type { DeviceSettingsStore } from '../settings/device-settings';

export function createTrayNotice(settings: DeviceSettingsStore): () => Promise<void> {
  let shown = false;
  return async () => {
    if (shown || settings.get().trayNoticeDismissed) return;
    shown = true;
    const answer = await dialog.showMessageBox({
      type: 'info',
      title: mt('trayNotice.title'),
      message: mt('trayNotice.message'),
      detail: mt('trayNotice.detail'),
      buttons: [mt('trayNotice.ok')],
      defaultId: 0,
      noLink: true,
      checkboxLabel: mt('trayNotice.dontShowAgain'),
      checkboxChecked: false,
    });
    if (answer.checkboxChecked) {
      await settings.update({ trayNoticeDismissed: true }).catch((error: unknown) => {
        console.error('Rapport: could not remember "Don’t show again"', error);
      });
    }
  };
}
