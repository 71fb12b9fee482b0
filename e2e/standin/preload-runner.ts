// Builds the init script a stand-in window runs before any page script: the REAL built preload (one
// CommonJS file whose only import is `electron`) wrapped in a function whose `require('electron')`
// returns a contextBridge and an ipcRenderer that talk to main through a Playwright binding.
import { readFileSync } from 'node:fs';

export interface PageBootConfig {
  /** The Playwright binding; the script takes it off `window` so page code cannot reach it. */
  bindingName: string;
  /** Symbol.for(hookKey) is where the test process delivers webContents.send messages. */
  hookKey: string;
  preloadPath: string | null;
  contextIsolation: boolean;
  platform: string;
  versions: Record<string, string>;
}

type PreloadModule = (
  require: (id: string) => unknown,
  module: { exports: unknown },
  exports: unknown,
  process: unknown,
  global: unknown,
) => void;

/** Runs in the page (serialised with toString): it may use nothing from this file's scope. */
function pageBootstrap(config: PageBootConfig, preload: PreloadModule | null): void {
  type Listener = (event: unknown, ...args: unknown[]) => void;
  type Outcome = { ok: true; value: unknown } | { ok: false; message: string };
  const g = globalThis as unknown as Record<string | symbol, unknown>;
  const binding = g[config.bindingName] as ((message: unknown) => Promise<unknown>) | undefined;
  delete g[config.bindingName];
  const href = (g.location as { href: string }).href;
  if (g.top !== g || typeof binding !== 'function' || href === 'about:blank') return;

  // window.open goes to main's window-open handler. The answer is asynchronous, so the page always gets
  // null (what Electron returns for a denied window); an allowed window is created by main.
  const openWindow = (url?: unknown, target?: unknown, features?: unknown): null => {
    const base = (g.location as { href: string }).href;
    const absolute = url === undefined || url === '' ? 'about:blank' : new URL(String(url), base).href;
    void binding({ kind: 'open', url: absolute, frameName: String(target ?? ''), features: String(features ?? '') });
    return null;
  };
  Object.defineProperty(g, 'open', { value: openWindow, writable: true, configurable: true });

  interface IpcRendererShim {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    send(channel: string, ...args: unknown[]): void;
    sendSync(): never;
    on(channel: string, listener: Listener): IpcRendererShim;
    once(channel: string, listener: Listener): IpcRendererShim;
    removeListener(channel: string, listener: Listener): IpcRendererShim;
    off(channel: string, listener: Listener): IpcRendererShim;
    removeAllListeners(channel?: string): IpcRendererShim;
    listenerCount(channel: string): number;
  }
  const listeners = new Map<string, Listener[]>();
  const ipcRenderer: IpcRendererShim = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const outcome = (await binding({ kind: 'invoke', channel, args })) as Outcome;
      if (outcome.ok) return outcome.value;
      throw new Error(`Error invoking remote method '${channel}': ${outcome.message}`);
    },
    send(channel: string, ...args: unknown[]): void {
      void binding({ kind: 'send', channel, args });
    },
    sendSync(): never {
      throw new Error('ipcRenderer.sendSync is not supported by the Electron stand-in');
    },
    on(channel: string, listener: Listener): IpcRendererShim {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    once(channel: string, listener: Listener): IpcRendererShim {
      const wrapped: Listener = (event, ...args) => {
        ipcRenderer.removeListener(channel, wrapped);
        listener(event, ...args);
      };
      return ipcRenderer.on(channel, wrapped);
    },
    removeListener(channel: string, listener: Listener): IpcRendererShim {
      const list = listeners.get(channel) ?? [];
      const index = list.lastIndexOf(listener);
      if (index >= 0) list.splice(index, 1);
      return ipcRenderer;
    },
    off(channel: string, listener: Listener): IpcRendererShim {
      return ipcRenderer.removeListener(channel, listener);
    },
    removeAllListeners(channel?: string): IpcRendererShim {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
    listenerCount(channel: string): number {
      return (listeners.get(channel) ?? []).length;
    },
  };
  const rendererEvent = { sender: ipcRenderer, ports: [] as unknown[] };
  const deliver = (channel: string, args: unknown[]): void => {
    for (const listener of [...(listeners.get(channel) ?? [])]) {
      try {
        listener(rendererEvent, ...args);
      } catch (error) {
        setTimeout(() => {
          throw error;
        });
      }
    }
  };
  Object.defineProperty(g, Symbol.for(config.hookKey), { value: deliver });

  // Electron copies what crosses the bridge: functions are proxied, objects copied and frozen.
  const copy = (value: unknown): unknown => {
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => fn(...args);
    }
    if (value === null || typeof value !== 'object') return value;
    if (
      ArrayBuffer.isView(value) ||
      value instanceof ArrayBuffer ||
      value instanceof Date ||
      value instanceof Promise
    ) {
      return value;
    }
    if (Array.isArray(value)) return Object.freeze(value.map(copy));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
    return Object.freeze(out);
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown): void {
      if (!config.contextIsolation)
        throw new Error('contextBridge API can only be used when contextIsolation is enabled');
      Object.defineProperty(g, key, { value: copy(api), enumerable: true, writable: false, configurable: false });
    },
  };
  let zoom = 1;
  const webFrame = {
    setZoomFactor: (factor: number): void => {
      zoom = factor;
    },
    getZoomFactor: (): number => zoom,
    setVisualZoomLevelLimits: async (): Promise<void> => undefined,
  };
  const electron = { contextBridge, ipcRenderer, webFrame };
  if (preload === null) return;

  const sandboxedProcess = {
    platform: config.platform,
    versions: config.versions,
    type: 'renderer',
    contextIsolated: config.contextIsolation,
    sandboxed: true,
    env: {},
    argv: [] as string[],
  };
  const requireInPreload = (id: string): unknown => {
    if (id === 'electron' || id === 'electron/renderer') return electron;
    throw new Error(`module not found: ${id} (a sandboxed preload may only require 'electron')`);
  };
  const module = { exports: {} as unknown };
  try {
    preload(requireInPreload, module, module.exports, sandboxedProcess, g);
  } catch (error) {
    console.error(`Unable to load preload script: ${config.preloadPath ?? ''}\n`, error);
  }
}

export function buildInitScript(config: PageBootConfig): string {
  let wrapped = 'null';
  if (config.preloadPath !== null) {
    let source: string;
    try {
      source = readFileSync(config.preloadPath, 'utf8');
    } catch {
      source = `console.error(${JSON.stringify(`Unable to load preload script: ${config.preloadPath}`)});`;
    }
    // The preload text goes in verbatim (not through eval), so the page's CSP does not block it.
    wrapped = `function (require, module, exports, process, global) {\n${source}\n}`;
  }
  // Under tsx (the benchmark), esbuild wraps named inner functions in __name(): the page gets a harmless one.
  return `((__name) => (${pageBootstrap.toString()})(${JSON.stringify(config)}, ${wrapped}))((fn) => fn);`;
}
