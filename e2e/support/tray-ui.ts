// The tray in the specs' helper language: what main's message boxes said, and whether main still runs.
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

  /** True while main answers (it still holds the tray); false once the process has gone. */
  async running(app: RapportApp): Promise<boolean> {
    return app.tray.menuItems().then(
      () => true,
      () => false,
    );
  },
};
