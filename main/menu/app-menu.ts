// The application menu: standard edit roles (copy/paste/undo need them on macOS) plus Rapport's own items.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { ExportFormat } from '@shared/ipc/contract';
import { mt, onMainLanguage } from '../app/main-i18n';

export interface MenuActions {
  openQuickNote: () => void;
  openDataFolder: () => void;
  importFile: () => void;
  exportAs: (format: ExportFormat) => void;
  /** Really quits, even while Rapport would otherwise stay in the tray. */
  quit: () => void;
  /** The quick note's registered global shortcut (File → Quick note shows it), or none. */
  quickNoteShortcut: () => string | undefined;
}

const EXPORTS: Array<[ExportFormat, string]> = [
  ['md', 'menu.exportMarkdown'],
  ['json', 'menu.exportJson'],
  ['vcard', 'menu.exportVcard'],
  ['rapport', 'menu.exportRapport'],
];

/** Installs the menu in main's language, and again whenever the language changes; returns a rebuild (the shortcut changed). */
export function installAppMenu(actions: MenuActions): () => void {
  const build = (): void => buildAppMenu(actions, actions.quickNoteShortcut());
  build();
  onMainLanguage(build);
  return build;
}

function buildAppMenu(actions: MenuActions, quickNoteShortcut: string | undefined): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: mt('menu.file'),
      submenu: [
        {
          label: mt('menu.quickNote'),
          ...(quickNoteShortcut ? { accelerator: quickNoteShortcut } : {}),
          click: actions.openQuickNote,
        },
        { label: mt('menu.import'), accelerator: 'CommandOrControl+I', click: actions.importFile },
        {
          label: mt('menu.export'),
          submenu: EXPORTS.map(([format, key]) => ({ label: mt(key), click: () => actions.exportAs(format) })),
        },
        { label: mt('menu.openDataFolder'), click: actions.openDataFolder },
        { type: 'separator' },
        // macOS has Quit in the app menu (its role calls app.quit too); elsewhere it ends the File menu.
        process.platform === 'darwin'
          ? { role: 'close' }
          : { label: mt('menu.quit'), accelerator: 'CommandOrControl+Q', click: actions.quit },
      ],
    },
    { role: 'editMenu' },
    {
      label: mt('menu.view'),
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
