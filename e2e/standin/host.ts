// Entry of the stand-in's main process (forked by launch-standin.ts under tsx): makes `require('electron')`
// return the double, runs the REAL built main bundle, then plays Electron's startup: top level → ready.
import Module, { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parent } from './double/channel';
import { guardMainNetwork } from './double/network';
import * as double from './electron-double';
import { HOST_CONFIG_ENV, type HostConfig } from './messages';

function readConfig(): HostConfig {
  const raw = process.env[HOST_CONFIG_ENV];
  if (raw === undefined) throw new Error(`${HOST_CONFIG_ENV} is not set: start the host through launch-standin.ts`);
  delete process.env[HOST_CONFIG_ENV];
  return JSON.parse(raw) as HostConfig;
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

/** Every `require('electron')` gets the double, behind a guard that names what the double lacks. */
function installElectronHook(double: object): void {
  const guarded = new Proxy(double, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property in target || property === 'then') {
        return Reflect.get(target, property, receiver) as unknown;
      }
      throw new Error(
        `electron.${property} is not implemented by the Electron stand-in (e2e/standin/electron-double.ts)`,
      );
    },
  });
  const moduleWithLoad = Module as unknown as { _load: Loader };
  const originalLoad = moduleWithLoad._load;
  moduleWithLoad._load = function load(request, parent, isMain) {
    if (request === 'electron' || request === 'electron/main' || request === 'electron/common') return guarded;
    return originalLoad.call(this, request, parent, isMain);
  };
}

function electronVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  // What a main process sees under Electron: argv[1] is the app, process.type is 'browser'.
  process.argv = [process.execPath, config.mainBundle, ...config.argv];
  Object.assign(process, { type: 'browser' });
  Object.defineProperty(process.versions, 'electron', { value: electronVersion(), enumerable: true });

  const { app } = double;
  app.configure(config);
  installElectronHook(double);
  guardMainNetwork();

  try {
    createRequire(config.mainBundle)(config.mainBundle);
  } catch (error) {
    process.stderr.write(
      `[stand-in] the main bundle threw while loading:\n${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  }

  await parent.call('mainLoaded', { sessionDataDir: app.getPath('sessionData') });
  try {
    app.markReady();
  } catch (error) {
    process.stderr.write(
      `[stand-in] a 'ready' listener threw:\n${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  }
  await parent.call('mainReady', null);
}

main().catch((error: unknown) => {
  process.stderr.write(`[stand-in] host failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
