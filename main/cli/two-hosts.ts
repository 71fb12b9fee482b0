// Test helpers for two hosts as child processes: `rapport serve` running in one folder (its address and
// pairing code read from what it prints), CLI commands run in another, and offline edits made straight on a
// folder through its file store (which takes the journal lock like any writer).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { JournalFileStore, readStoreState } from '../store';

const bin = join(__dirname, 'bin.cjs');
const env = { ...process.env, RAPPORT_DATA_DIR: '' };

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs one CLI command to its end (bounded: a hung command fails the test). */
export function rapport(args: string[], timeoutMs = 20_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`rapport ${args.join(' ')} did not finish: ${out}\n${err}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, out, err });
    });
  });
}

export class Served {
  out = '';
  err = '';
  private readonly ended: Promise<number>;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => (this.out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (this.err += chunk.toString('utf8')));
    this.ended = new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? -1 : 0))));
  }

  /** Starts `rapport serve` on loopback and waits for its address and first code. */
  static async start(dir: string, port = 0): Promise<Served> {
    const served = new Served(
      spawn(process.execPath, [bin, '--data-dir', dir, 'serve', '--host', '127.0.0.1', '--port', String(port)], {
        env,
      }),
    );
    await served.until(() => /Pairing code: /.test(served.out), 'the pairing code');
    return served;
  }

  get address(): string {
    return /^Listening on (\S+)$/m.exec(this.out)![1]!;
  }

  get port(): number {
    return Number(this.address.split(':')[1]);
  }

  /** The newest code it printed. */
  get code(): string {
    return [...this.out.matchAll(/^Pairing code: (\S+)$/gm)].at(-1)![1]!;
  }

  async until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`serve: timed out waiting for ${what}\n${this.out}\n${this.err}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Ctrl+C's twin: SIGTERM, then its exit code. */
  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.ended;
  }
}

/** Edits a folder while nothing serves it, through its store (fsync'd before this resolves). */
export async function editOffline(dir: string, edit: (doc: Y.Doc) => void): Promise<void> {
  const store = await JournalFileStore.open(dir);
  try {
    edit(store.doc);
    await store.whenFlushed();
  } finally {
    await store.destroy();
  }
}

/** The journal as the folder holds it on disk. */
export async function readFolder(dir: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await readStoreState(dir)).update);
  return doc;
}

/** A folder's sync identity and its first peer's key, from its device file (as the CLI keeps it). */
export function deviceFile(dir: string): { device: string; name: string; peers: { device: string; key: string }[] } {
  return JSON.parse(readFileSync(join(dir, '.app-profile', 'sync-devices.json'), 'utf8')) as ReturnType<
    typeof deviceFile
  >;
}
