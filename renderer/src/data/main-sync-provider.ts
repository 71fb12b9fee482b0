// Keeps this window's replica in step with main's authoritative document over IPC, y-protocols style.
// An edit counts as saved only when main answers that its store has fsync'd it. Every message carries the
// replica's epoch; when main answers "stale" (a backup was restored), `onStale` runs and nothing more is sent.
// A message main could not take (or could not make durable) is sent again with back-off until it can; until
// then the window says "not saved" with the reason, and whenSaved() keeps waiting instead of lying.
import type * as Y from 'yjs';
import type { RapportApi } from '@shared/ipc/contract';
import { DocSyncEndpoint } from '@shared/sync/doc-sync';
import { SaveStatus } from './save-status';
import { ipcErrorMessage } from './ipc-error';

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

export class MainSyncProvider {
  readonly status = new SaveStatus('saved');
  readonly whenSynced: Promise<void>;
  /** Made when the conversation opens: what the cache loads before then is not sent to main as an edit. */
  private endpoint: DocSyncEndpoint | undefined;
  private readonly unsubscribe: () => void;
  private pending = 0;
  private idleWaiters: Array<() => void> = [];
  private stale = false;
  private destroyed = false;
  /** Messages whose last attempt failed and that wait for their next one. */
  private failing = 0;
  private readonly retries = new Set<ReturnType<typeof setTimeout>>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly api: RapportApi,
    private readonly epoch: number,
    private readonly onStale: () => void,
    /**
     * The conversation opens once this settles (at once without it). The session passes its cache's load: the
     * state vector main answers then holds what the cache had, so a warm window is sent only what it lacks, and
     * the cache's content is not sent to main as one big edit — main's own step 1, answered by ours, asks for
     * exactly what main lacks (edits only this cache holds still reach main that way).
     */
    startAfter?: Promise<unknown>,
  ) {
    this.unsubscribe = api.onDocMessage((message) => {
      if (!this.endpoint) return; // main speaks only after our step 1
      const reply = this.endpoint.receive(message);
      if (reply) this.send(reply);
    });
    // Synced = main has answered our state vector with everything we were missing.
    this.whenSynced = startAfter
      ? startAfter.then(
          () => this.begin(),
          () => this.begin(),
        )
      : this.begin();
  }

  private begin(): Promise<void> {
    if (!this.destroyed && !this.endpoint) {
      // Main is the authority: it checks every update it takes from a window or a device, and what it sends is
      // its own document's encoding — decoding the journal once more here only to check it would double the cost.
      this.endpoint = new DocSyncEndpoint(this.doc, (message) => this.send(message), { trustedPeer: true });
      this.endpoint.start();
    }
    return this.whenSaved();
  }

  private send(message: Uint8Array, attempt = 0): void {
    if (this.stale || this.destroyed) return;
    if (attempt === 0) this.pending += 1;
    if (this.failing === 0) this.status.set('saving');
    this.api
      .docMessage(message, this.epoch)
      .then((result) => {
        if (attempt > 0) this.failing -= 1;
        if (result.stale) {
          this.markStale();
          return;
        }
        if (result.reply) {
          const answer = this.endpoint?.receive(result.reply);
          if (answer) this.send(answer);
        }
        this.settle();
      })
      .catch((error: unknown) => {
        if (attempt === 0) this.failing += 1;
        this.status.set('error', ipcErrorMessage(error));
        // Sending the same message again is safe: Yjs updates apply idempotently, and a state vector is
        // answered afresh.
        const delay = Math.min(FIRST_RETRY_MS * 2 ** attempt, MAX_RETRY_MS);
        const timer = setTimeout(() => {
          this.retries.delete(timer);
          this.send(message, attempt + 1);
        }, delay);
        this.retries.add(timer);
      });
  }

  /** This replica belongs to a journal state that was replaced: stop talking to main, let the session reopen. */
  private markStale(): void {
    if (this.stale) return;
    this.stale = true;
    this.unsubscribe();
    this.onStale();
  }

  private settle(): void {
    this.pending -= 1;
    if (this.pending > 0) return;
    this.status.set('saved');
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Runs `callback` once every message sent so far has been answered (and so is durable). */
  afterIdle(callback: () => void): void {
    if (this.pending === 0) callback();
    else this.idleWaiters.push(callback);
  }

  whenSaved(): Promise<void> {
    return new Promise((resolve) => this.afterIdle(resolve));
  }

  destroy(): void {
    this.destroyed = true;
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
    this.unsubscribe();
    this.endpoint?.destroy();
  }
}
