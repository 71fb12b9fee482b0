// Handlers registered before the journal is open (issue 10: the window opens while main reads the journal).
// The few calls a window makes to paint — its settings, the first paint — are answered at once; every other
// call waits until main has the journal and its services, then runs as it always did.
import { INVOKE_CHANNELS, type InvokeName } from '@shared/ipc/contract';
import type { CallContext, InvokeHandlers } from './register';

type AnyHandler = (ctx: CallContext, ...args: unknown[]) => unknown;

export function deferredHandlers(ready: Promise<InvokeHandlers>, early: Partial<InvokeHandlers>): InvokeHandlers {
  const handlers: Partial<Record<InvokeName, AnyHandler>> = {};
  for (const name of Object.keys(INVOKE_CHANNELS) as InvokeName[]) {
    const now = early[name] as AnyHandler | undefined;
    handlers[name] =
      now ??
      (async (ctx, ...args) => {
        const all = (await ready) as unknown as Record<InvokeName, AnyHandler>;
        return all[name](ctx, ...args);
      });
  }
  return handlers as InvokeHandlers;
}
