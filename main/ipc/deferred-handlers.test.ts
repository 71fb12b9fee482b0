// Calls that come before the journal is open: the early ones are answered at once, the others wait for
// the journal's handlers and then get exactly their answer.
import { describe, expect, it } from 'vitest';
import type { InvokeHandlers } from './register';
import { deferredHandlers } from './deferred-handlers';

const ctx = { sender: {} } as Parameters<InvokeHandlers['journalInfo']>[0];

describe('deferredHandlers', () => {
  it('answers early calls at once and holds the rest until the journal is open', async () => {
    let open!: (handlers: InvokeHandlers) => void;
    const ready = new Promise<InvokeHandlers>((resolve) => (open = resolve));
    const handlers = deferredHandlers(ready, { journalFirstPaint: () => null });
    expect(await handlers.journalFirstPaint(ctx)).toBeNull();
    let answered: unknown;
    const info = Promise.resolve(handlers.suggestContacts(ctx, 'an')).then((value) => (answered = value));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBeUndefined();
    open({ suggestContacts: (_c: unknown, query: string) => [{ id: '1', name: `Anna (${query})` }] } as never);
    await info;
    expect(answered).toEqual([{ id: '1', name: 'Anna (an)' }]);
  });

  it('passes a failure of the real handler on to the caller', async () => {
    const handlers = deferredHandlers(
      Promise.resolve({
        journalInfo: () => {
          throw new Error('the journal is closed');
        },
      } as never),
      {},
    );
    await expect(Promise.resolve(handlers.journalInfo(ctx))).rejects.toThrow('the journal is closed');
  });
});
