// Registers main's handlers against the one IPC contract. Every call is checked twice before a handler
// runs: the sender must be one of our own pages (checklist #17), and the arguments must match the schema.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { z } from 'zod';
import { INVOKE_CHANNELS, type InvokeArgs, type InvokeName, type InvokeResult } from '@shared/ipc/contract';
import { INVOKE_VALIDATORS } from '@shared/ipc/validation';
import { forWindow } from './window-errors';

export interface CallContext {
  sender: WebContents;
}

export type InvokeHandlers = {
  [K in InvokeName]: (ctx: CallContext, ...args: InvokeArgs<K>) => InvokeResult<K> | Promise<InvokeResult<K>>;
};

export function describeInvalidArgs(name: InvokeName, error: z.ZodError): string {
  return `Refused ${name}: ${z.prettifyError(error).replace(/\s+/g, ' ').trim()}`;
}

function registerOne<K extends InvokeName>(
  name: K,
  handler: InvokeHandlers[K],
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  const validator = INVOKE_VALIDATORS[name];
  ipcMain.handle(INVOKE_CHANNELS[name], async (event, ...raw: unknown[]) => {
    if (!isTrustedSender(event)) throw new Error(`Refused ${name}: the caller is not a Rapport window`);
    const parsed = validator.safeParse(raw);
    if (!parsed.success) throw new Error(describeInvalidArgs(name, parsed.error));
    try {
      return await handler({ sender: event.sender }, ...parsed.data);
    } catch (error) {
      throw forWindow(error);
    }
  });
}

export function registerInvokeHandlers(
  handlers: InvokeHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  const names = Object.keys(INVOKE_CHANNELS) as InvokeName[];
  for (const name of names) registerOne(name, handlers[name], isTrustedSender);
  return () => {
    for (const name of names) ipcMain.removeHandler(INVOKE_CHANNELS[name]);
  };
}
