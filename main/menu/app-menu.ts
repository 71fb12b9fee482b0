// The application menu: standard edit roles (copy/paste/undo need them on macOS) plus Rapport's own items.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ExportFormat } from '@shared/ipc/contract';
import { mainStrings } from '../app/strings';

export interface MenuActions {
  openQuickNote: () => void;
  openDataFolder: () => void;
  importFile: () => void;
  exportAs: (format: ExportFormat) => void;
  /** Really quits, even while Rapport would otherwise stay in the tray. */
  quit: () => void;
}

const EXPORTS: Array<[ExportFormat, string]> = [
  ['md', 'Markdown folder…'],
  ['json', 'JSON…'],
  ['vcard', 'vCard…'],
  ['rapport', 'Rapport snapshot…'],
];

export function installAppMenu(actions: MenuActions): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Quick note…', accelerator: 'CommandOrControl+Shift+N', click: actions.openQuickNote },
        { label: 'Import…', accelerator: 'CommandOrControl+I', click: actions.importFile },
        {
          label: 'Export',
          submenu: EXPORTS.map(([format, label]) => ({ label, click: () => actions.exportAs(format) })),
        },
        { label: 'Open data folder', click: actions.openDataFolder },
        { type: 'separator' },
        // macOS has Quit in the app menu (its role calls app.quit too); elsewhere it ends the File menu.
        process.platform === 'darwin'
          ? { role: 'close' }
          : { label: mainStrings.menu.quit, accelerator: 'CommandOrControl+Q', click: actions.quit },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
