// ipcMain (and webContents.ipc): invoke handlers and send listeners, called when a page's stand-in
// ipcRenderer reaches main through the test process. Errors come back the way Electron formats them.
import { EventEmitter } from 'node:events';
import type { InvokeOutcome } from '../messages';
import { cloneForIpc } from './structured';
import { originOf, toAppUrl } from './url-map';

export interface IpcSender extends EventEmitter {
  id: number;
  ipc: IpcMainDouble;
  send(channel: string, ...args: unknown[]): void;
}

export interface IpcMainEventDouble {
  type: 'frame';
  sender: IpcSender;
  senderFrame: { url: string; origin: string; name: string; processId: number; routingId: number };
  processId: number;
  frameId: number;
  ports: unknown[];
  returnValue?: unknown;
  reply(channel: string, ...args: unknown[]): void;
}

type InvokeHandler = (event: IpcMainEventDouble, ...args: unknown[]) => unknown;

export class IpcMainDouble extends EventEmitter {
  private readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  handlerFor(channel: string): InvokeHandler | undefined {
    return this.handlers.get(channel);
  }
}

export const ipcMain = new IpcMainDouble();

function makeEvent(sender: IpcSender, frameUrl: string): IpcMainEventDouble {
  const url = toAppUrl(frameUrl);
  return {
    type: 'frame',
    sender,
    senderFrame: { url, origin: originOf(url), name: '', processId: sender.id, routingId: 1 },
    processId: sender.id,
    frameId: 1,
    ports: [],
    reply: (channel, ...args) => sender.send(channel, ...args),
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export async function dispatchInvoke(
  sender: IpcSender,
  frameUrl: string,
  channel: string,
  args: unknown[],
): Promise<InvokeOutcome> {
  const handler = sender.ipc.handlerFor(channel) ?? ipcMain.handlerFor(channel);
  if (!handler) return { ok: false, message: `Error: No handler registered for '${channel}'` };
  try {
    return { ok: true, value: cloneForIpc(await handler(makeEvent(sender, frameUrl), ...args)) };
  } catch (error) {
    return { ok: false, message: describe(error) };
  }
}

export function dispatchSend(sender: IpcSender, frameUrl: string, channel: string, args: unknown[]): void {
  const event = makeEvent(sender, frameUrl);
  sender.ipc.emit(channel, event, ...args);
  ipcMain.emit(channel, event, ...args);
}
