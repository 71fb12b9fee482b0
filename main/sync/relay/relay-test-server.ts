// Test support: the standard relay as people run it (`npm run relay`, i.e. scripts/relay.mjs starting
// @y/websocket-server unchanged) on 127.0.0.1, in a child process with its own leveldb folder; and a room read
// back by a plain Yjs client, for the no-plaintext checks.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface TestRelay {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startTestRelay(dataDir: string, port?: number): Promise<TestRelay> {
  const chosen = port ?? (await freePort());
  const script = join(__dirname, '..', '..', '..', 'scripts', 'relay.mjs');
  const child: ChildProcess = spawn(
    process.execPath,
    [script, '--port', String(chosen), '--data', dataDir, '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The relay did not start: ${output}`)), 10_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The relay exited (${code}): ${output}`));
    });
  });
  return {
    url: `ws://127.0.0.1:${chosen}`,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The room as a plain Yjs client of the relay reads it (what the operator, or anyone with the room name, gets). */
export { readRoom } from '../headless-relay-check';
