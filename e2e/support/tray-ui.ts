// The tray in the specs' helper language: what main's message boxes said, and whether main still runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RapportApp } from '../fixtures/rapport-app';

export interface MessageBoxSeen {
  message: string;
  checkboxLabel?: string;
  buttons?: string[];
}

export const trayUi = {
  /** Every message box main showed so far, oldest first. */
  async messageBoxes(app: RapportApp): Promise<MessageBoxSeen[]> {
    const { dialogs } = await app.recorded();
    return dialogs.filter((d) => d.kind === 'messageBox').map((d) => d.options as MessageBoxSeen);
  },

  /** The device-local settings main has written (with --data-dir, user data is `<dataDir>/.app-profile`). */
  async deviceSettings(app: RapportApp): Promise<Record<string, unknown>> {
    const text = await readFile(join(app.dataDir, '.app-profile', 'device-settings.json'), 'utf8').catch(() => '{}');
    return JSON.parse(text) as Record<string, unknown>;
  },

  /** True while main answers (it still holds the tray); false once the process has gone. */
  async running(app: RapportApp): Promise<boolean> {
    return app.tray.menuItems().then(
      () => true,
      () => false,
    );
  },
};
