// The sandboxed preload: exposes `window.rapport`, a few named functions typed from the IPC contract
// (STYLE habit 2). ipcRenderer itself never reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type InvokeArgs,
  type InvokeName,
  type InvokeResult,
  type RapportApi,
} from '@shared/ipc/contract';

function call<K extends InvokeName>(name: K) {
  return (...args: InvokeArgs<K>): Promise<InvokeResult<K>> =>
    ipcRenderer.invoke(INVOKE_CHANNELS[name], ...args) as Promise<InvokeResult<K>>;
}

const api: RapportApi = {
  journalInfo: call('journalInfo'),
  docMessage: call('docMessage'),
  openQuickNote: call('openQuickNote'),
  closeWindow: call('closeWindow'),
  openExternal: call('openExternal'),
  openDataFolder: call('openDataFolder'),
  onDocMessage(listener) {
    const wrapped = (_event: IpcRendererEvent, message: unknown): void => {
      if (message instanceof Uint8Array) listener(message);
    };
    ipcRenderer.on(EVENT_CHANNELS.docMessage, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.docMessage, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('rapport', api);
