// Test helpers for two hosts as child processes: `rapport serve` running in one folder (its address and
// pairing code read from what it prints), CLI commands run in another, offline edits made straight on a
// folder through its file store (which takes the journal lock like any writer), and a link that cuts.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll } from 'vitest';
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

/**
 * A TCP relay on 127.0.0.1 in front of a serve, so a test can cut the network at a chosen byte: once armed,
 * the first connection that has carried `cutAfter` bytes towards the serve calls `onCut` and is cut at once.
 */
export class CuttableLink {
  private armed: { cutAfter: number; onCut: () => void } | undefined;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly target: () => number,
  ) {}

  static async start(target: () => number): Promise<CuttableLink> {
    const server = createServer();
    const link = new CuttableLink(server, target);
    server.on('connection', (client) => link.relay(client));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return link;
  }

  get address(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  arm(cutAfter: number, onCut: () => void): void {
    this.armed = { cutAfter, onCut };
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket): void {
    const upstream = connect(this.target(), '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    let carried = 0;
    client.on('data', (chunk: Buffer) => {
      const armed = this.armed;
      if (armed && carried + chunk.length >= armed.cutAfter) {
        this.armed = undefined;
        upstream.write(chunk.subarray(0, Math.max(0, armed.cutAfter - carried)), () => {
          armed.onCut();
          client.destroy();
          upstream.destroy();
        });
        carried = armed.cutAfter;
        return;
      }
      carried += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }
}

/**
 * One test file's scratch space: folders made by `temp`, hosts started by `serve` and whatever `stopLater`
 * is given are gone after each test (the last started stopped first, the folders last). The CLI must be built.
 */
export function hostScratch(prefix: string): {
  temp(): string;
  serve(dir: string, port?: number): Promise<Served>;
  stopLater(stop: () => Promise<void>): void;
} {
  const dirs: string[] = [];
  const stops: Array<() => Promise<void>> = [];
  beforeAll(() => {
    if (!existsSync(join(__dirname, '..', '..', 'out', 'main', 'cli.js')))
      throw new Error('out/main/cli.js is missing: run `npm run build` first');
  });
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return {
    temp() {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    async serve(dir, port = 0) {
      const served = await Served.start(dir, port);
      stops.push(async () => void (await served.stop('SIGKILL')));
      return served;
    },
    stopLater(stop) {
      stops.push(stop);
    },
  };
}
