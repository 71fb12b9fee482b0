// A tiny request/response channel over any message pipe (the fork IPC channel between the test and the
// stand-in's main process). Both sides call each other; every message is a plain structured-clone object.

export type MethodTable<T> = { [K in keyof T]: { params: unknown; result: unknown } };

export type Handlers<T extends MethodTable<T>> = {
  [K in keyof T]: (params: T[K]['params']) => T[K]['result'] | Promise<T[K]['result']>;
};

type Envelope =
  | { rpc: 'call'; id: number; method: string; params: unknown }
  | { rpc: 'reply'; id: number; ok: true; value: unknown }
  | { rpc: 'reply'; id: number; ok: false; error: string };

function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { rpc?: unknown; id?: unknown };
  return (m.rpc === 'call' || m.rpc === 'reply') && typeof m.id === 'number';
}

export class Rpc<Local extends MethodTable<Local>, Remote extends MethodTable<Remote>> {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private closedReason: string | null = null;

  constructor(
    private readonly post: (message: Envelope) => void,
    private readonly handlers: Partial<Handlers<Local>>,
    /** Sees the full error of a failed handler; the caller only gets its message. */
    private readonly onHandlerError: (method: string, error: unknown) => void = () => undefined,
  ) {}

  call<K extends keyof Remote & string>(method: K, params: Remote[K]['params']): Promise<Remote[K]['result']> {
    if (this.closedReason !== null) return Promise.reject(new Error(`${method}: ${this.closedReason}`));
    const id = this.nextId++;
    return new Promise<Remote[K]['result']>((resolve, reject) => {
      this.pending.set(id, { resolve: (v) => resolve(v as Remote[K]['result']), reject });
      try {
        this.post({ rpc: 'call', id, method, params });
      } catch (error) {
        this.pending.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Feeds one incoming message; anything that is not ours is ignored. */
  receive(message: unknown): void {
    if (!isEnvelope(message)) return;
    if (message.rpc === 'reply') {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (!waiter) return;
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(new Error(message.error));
      return;
    }
    void this.answer(message.id, message.method, message.params);
  }

  /** Rejects every pending call, e.g. when the other process exited. */
  close(reason: string): void {
    this.closedReason = reason;
    for (const waiter of this.pending.values()) waiter.reject(new Error(reason));
    this.pending.clear();
  }

  private async answer(id: number, method: string, params: unknown): Promise<void> {
    const handler = (this.handlers as Record<string, ((p: unknown) => unknown) | undefined>)[method];
    try {
      if (!handler) throw new Error(`no handler for ${method}`);
      const value = await handler(params);
      this.safePost({ rpc: 'reply', id, ok: true, value });
    } catch (error) {
      this.onHandlerError(method, error);
      this.safePost({ rpc: 'reply', id, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private safePost(message: Envelope): void {
    try {
      this.post(message);
    } catch {
      // The other side is gone; nobody is waiting for this answer any more.
    }
  }
}
