#!/usr/bin/env node
// `npm run relay -- --port P --data DIR [--host H]`: starts the standard Yjs relay, @y/websocket-server, as it
// ships (its own bin, unchanged), persisting rooms with y-leveldb into DIR. Rapport only ever puts ciphertext in it.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const usage = 'Usage: npm run relay -- --port PORT --data DIR [--host HOST]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!values.port || !Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port needs a port number from 1 to 65535 (got ${values.port ?? 'nothing'}).\n${usage}`);
  process.exit(2);
}
if (!values.data) {
  console.error(`--data needs the folder where the relay keeps its rooms.\n${usage}`);
  process.exit(2);
}
const data = resolve(values.data);
const host = values.host ?? '127.0.0.1';
mkdirSync(data, { recursive: true });

const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('@y/websocket-server/package.json')), 'src', 'server.js');
console.log(`Starting the Yjs relay (@y/websocket-server) on ws://${host}:${port}, keeping rooms in ${data}`);
console.log('It stores and forwards what devices send; Rapport devices send it only ciphertext.');
const child = spawn(process.execPath, [bin], {
  stdio: 'inherit',
  env: { ...process.env, HOST: host, PORT: String(port), YPERSISTENCE: data },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
