// The stand-in main process's line to the test process: the fork IPC channel wrapped in the typed RPC.
// Double modules register the calls they answer with `provide`; `tell` is a call nobody waits for.
import { Rpc, type Handlers } from '../rpc';
import type { ChildMethods, ParentMethods } from '../messages';

const handlers: Partial<Handlers<ChildMethods>> = {};

function post(message: unknown): void {
  if (!process.send) throw new Error('the Electron stand-in runs only inside e2e/standin/host (no IPC channel)');
  process.send(message);
}

export const parent = new Rpc<ChildMethods, ParentMethods>(post, handlers, (method, error) => {
  process.stderr.write(
    `[stand-in] ${method} failed in main: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
});
process.on('message', (message: unknown) => parent.receive(message));
// The test process is gone: a stand-in main must not outlive it.
process.on('disconnect', () => process.exit(0));

export function provide(more: Partial<Handlers<ChildMethods>>): void {
  Object.assign(handlers, more);
}

export function tell<K extends keyof ParentMethods & string>(method: K, params: ParentMethods[K]['params']): void {
  parent.call(method, params).catch((error: unknown) => {
    process.stderr.write(`[stand-in] ${method} failed: ${error instanceof Error ? error.message : String(error)}\n`);
  });
}
