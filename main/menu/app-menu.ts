// The application menu: standard edit roles (copy/paste/undo need them on macOS) plus Rapport's own items.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ExportFormat } from '@shared/ipc/contract';

export interface MenuActions {
  openQuickNote: () => void;
  openDataFolder: () => void;
  importFile: () => void;
  exportAs: (format: ExportFormat) => void;
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
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
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
