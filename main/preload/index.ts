// The sandboxed preload: exposes `window.rapport`, a few named functions typed from the IPC contract
// (STYLE habit 2). ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type DeviceSettingsInfo,
  type InvokeArgs,
  type InvokeName,
  type ImportPreview,
  type InvokeResult,
  type JournalInfo,
  type RapportApi,
  type SyncDevicesInfo,
} from '@shared/ipc/contract';

function call<K extends InvokeName>(name: K) {
  return (...args: InvokeArgs<K>): Promise<InvokeResult<K>> =>
    ipcRenderer.invoke(INVOKE_CHANNELS[name], ...args) as Promise<InvokeResult<K>>;
}

const api: RapportApi = {
  journalInfo: call('journalInfo'),
  journalFirstPaint: call('journalFirstPaint'),
  journalReady: call('journalReady'),
  docMessage: call('docMessage'),
  openQuickNote: call('openQuickNote'),
  closeWindow: call('closeWindow'),
  openExternal: call('openExternal'),
  openDataFolder: call('openDataFolder'),
  chooseImportFile: call('chooseImportFile'),
  previewImport: call('previewImport'),
  commitImport: call('commitImport'),
  cancelImport: call('cancelImport'),
  undoImport: call('undoImport'),
  listBackups: call('listBackups'),
  backupNow: call('backupNow'),
  restoreBackup: call('restoreBackup'),
  exportJournal: call('exportJournal'),
  deviceSettings: call('deviceSettings'),
  updateDeviceSettings: call('updateDeviceSettings'),
  takeImportPreview: call('takeImportPreview'),
  syncDevices: call('syncDevices'),
  setSyncEnabled: call('setSyncEnabled'),
  addSyncDevice: call('addSyncDevice'),
  joinSyncDevice: call('joinSyncDevice'),
  unpairSyncDevice: call('unpairSyncDevice'),
  adoptSyncJournal: call('adoptSyncJournal'),
  saveSyncRelay: call('saveSyncRelay'),
  saveQuickNote: call('saveQuickNote'),
  suggestContacts: call('suggestContacts'),
  onDocMessage: (listener) =>
    subscribe(EVENT_CHANNELS.docMessage, (v): v is Uint8Array => v instanceof Uint8Array)(listener),
  onImportPreview: (listener) =>
    subscribe(
      EVENT_CHANNELS.importPreview,
      (v): v is ImportPreview => typeof v === 'object' && v !== null && 'id' in v,
    )(listener),
  onJournalReplaced: (listener) =>
    subscribe(
      EVENT_CHANNELS.journalReplaced,
      (v): v is JournalInfo => typeof v === 'object' && v !== null && 'epoch' in v,
    )(listener),
  onOpenContact: (listener) =>
    subscribe(EVENT_CHANNELS.openContact, (v): v is string => typeof v === 'string' && v.length > 0)(listener),
  onDeviceSettingsChanged: (listener) =>
    subscribe(
      EVENT_CHANNELS.deviceSettingsChanged,
      (v): v is DeviceSettingsInfo => typeof v === 'object' && v !== null && 'language' in v && 'theme' in v,
    )(listener),
  onOpenToday: (listener) =>
    subscribe(EVENT_CHANNELS.openToday, (v): v is undefined => v === undefined)(() => listener()),
  onSyncDevicesChanged: (listener) =>
    subscribe(
      EVENT_CHANNELS.syncDevicesChanged,
      (v): v is SyncDevicesInfo => typeof v === 'object' && v !== null && 'enabled' in v && 'devices' in v,
    )(listener),
};

function subscribe<T>(channel: string, accept: (value: unknown) => value is T) {
  return (listener: (value: T) => void): (() => void) => {
    const wrapped = (_event: IpcRendererEvent, value: unknown): void => {
      if (accept(value)) listener(value);
    };
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  };
}

contextBridge.exposeInMainWorld('rapport', api);
