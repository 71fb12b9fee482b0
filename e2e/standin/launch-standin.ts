// The test-process half of the Electron stand-in: forks the host (the real main bundle under Node with
// the electron double), starts Chromium when main's top level has run, and answers main's window calls.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import {
  DEFAULT_WINDOW_TIMEOUT_MS,
  QUIT_TIMEOUT_MS,
  type LaunchOptions,
  type RapportApp,
} from '../fixtures/rapport-app';
import { HOST_CONFIG_ENV, type ChildMethods, type HostConfig, type ParentMethods } from './messages';
import { eventually, whenAny } from '../fixtures/eventually';
import { ProcessLog } from './process-log';
import { Rpc } from './rpc';
import { StandinBrowser } from './standin-browser';

const HOST = join(__dirname, 'host.ts');
const STARTUP_TIMEOUT_MS = 30_000;

function tsxLoader(): string {
  return pathToFileURL(require.resolve('tsx')).href;
}

function delay(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
}

export async function launchStandin(opts: LaunchOptions & { mainBundle: string }): Promise<RapportApp> {
  const env: Record<string, string | undefined> = { ...process.env, ...opts.env };
  delete env.NODE_OPTIONS; // Playwright's own loader flags must not leak into main
  const locale = env.RAPPORT_TEST_LOCALE ?? 'en-US';
  const dark = env.RAPPORT_TEST_THEME === 'dark';
  const config: HostConfig = {
    mainBundle: opts.mainBundle,
    argv: ['--data-dir', opts.dataDir, ...(opts.args ?? [])],
    userDataDir: join(opts.dataDir, 'electron-user-data'),
    homeDir: join(opts.dataDir, 'home'),
    locale,
    dark,
  };
  env[HOST_CONFIG_ENV] = JSON.stringify(config);

  const log = new ProcessLog();
  const child = fork(HOST, [], {
    execArgv: ['--import', tsxLoader()],
    serialization: 'advanced',
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env,
  });
  log.attach(child.stdout, '[main]');
  log.attach(child.stderr, '[main:err]');
  let cleanExit = false;
  const exited = new Promise<void>((resolve) => {
    child.once('close', (code, signal) => {
      cleanExit = code === 0;
      log.add(`[stand-in] main process exited (${signal ?? `code ${code}`})`);
      rpc.close('the main process has exited');
      resolve();
    });
  });
  let isExited = false;
  void exited.then(() => (isExited = true));

  // A send can race main's death (a crash test): report it to the caller, never as an unhandled 'error'.
  child.on('error', (error) => log.add(`[stand-in] main process channel: ${error.message}`));
  const postToMain = (message: unknown): void => {
    if (!child.connected) throw new Error('the main process is gone');
    child.send(message as object, (error) => error && log.add(`[stand-in] message to main lost: ${error.message}`));
  };

  let browser: StandinBrowser | null = null;
  const current = (): StandinBrowser | null => browser; // assigned in a callback; TS cannot see it
  const need = (): StandinBrowser => {
    if (!browser) throw new Error('Chromium is not started yet (main is not ready)');
    return browser;
  };
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const rpc: Rpc<ParentMethods, ChildMethods> = new Rpc<ParentMethods, ChildMethods>(postToMain, {
    async mainLoaded({ sessionDataDir }) {
      browser = await StandinBrowser.launch({
        profileDir: join(sessionDataDir, 'standin-chromium'),
        locale,
        dark,
        main: rpc,
        log: (line) => log.add(`[stand-in] ${line}`),
      });
    },
    mainReady: () => markReady(),
    mainError: () => undefined, // already on stderr, so in the log
    windowCreate: (params) => need().createWindow(params),
    windowLoad: ({ windowId, pageUrl }) => need().loadWindow(windowId, pageUrl),
    windowClose: ({ windowId }) => need().closeWindow(windowId),
    windowFocus: ({ windowId }) => need().focusWindow(windowId),
    windowResize: ({ windowId, width, height }) => need().resizeWindow(windowId, width, height),
    webContentsSend: ({ windowId, channel, args }) => need().send(windowId, channel, args),
    setTheme: ({ dark: isDark }) => need().setTheme(isDark),
  });
  child.on('message', (message: unknown) => rpc.receive(message));

  const started = await Promise.race([
    ready.then(() => 'ready' as const),
    exited.then(() => 'exited' as const),
    delay(STARTUP_TIMEOUT_MS),
  ]);
  if (started !== 'ready') {
    child.kill('SIGKILL');
    await exited;
    await current()?.close();
    const why =
      started === 'exited' ? 'main exited during startup' : `main was not ready after ${STARTUP_TIMEOUT_MS / 1000} s`;
    throw new Error(`${why} (Electron stand-in, ${opts.mainBundle}):\n${log.text()}`);
  }
  const standin = need();

  const waitForPage = (what: string, pick: () => Page | undefined): Promise<Page> =>
    new Promise<Page>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        standin.changes.off('change', check);
      };
      const check = (): void => {
        const page = pick();
        if (page) {
          finish();
          resolve(page);
        }
      };
      const timer = setTimeout(() => {
        finish();
        const urls =
          standin
            .pages()
            .map((p) => p.url())
            .join(', ') || 'none';
        reject(new Error(`no ${what} after ${DEFAULT_WINDOW_TIMEOUT_MS / 1000} s (windows: ${urls}):\n${log.text()}`));
      }, DEFAULT_WINDOW_TIMEOUT_MS);
      void exited.then(() => {
        finish();
        reject(new Error(`main exited while waiting for ${what}:\n${log.text()}`));
      });
      standin.changes.on('change', check);
      check();
    });

  const call = <K extends keyof ChildMethods & string>(method: K, params: ChildMethods[K]['params']) =>
    rpc.call(method, params);

  const app: RapportApp = {
    backend: 'standin',
    dataDir: opts.dataDir,
    // The journal window (the quick note's hidden window is made too, after it).
    firstWindow: () =>
      waitForPage('the journal window', () => standin.loadedPages().find((p) => p.url().includes('index.html'))),
    waitForWindow: (urlPart) =>
      waitForPage(`window with '${urlPart}' in its URL`, () =>
        standin.loadedPages().find((p) => p.url().includes(urlPart)),
      ),
    windows: () => standin.pages(),
    tray: {
      click: () => eventually(() => call('trayClick', null)),
      menuItems: () => eventually(() => call('trayMenuItems', null)),
      clickMenuItem: (label) => eventually(() => call('trayClickMenuItem', { label })),
    },
    shortcuts: {
      press: (accelerator) => eventually(() => call('shortcutPress', { accelerator })),
      registered: () => whenAny(() => call('shortcutsRegistered', null)),
      inMenu: (menu, label) => eventually(() => call('menuAccelerator', { menu, label })),
    },
    dialogs: {
      nextOpenDialog: (answer) => call('queueDialog', { kind: 'open', answer }),
      nextSaveDialog: (answer) => call('queueDialog', { kind: 'save', answer }),
      nextMessageBox: (response, checkboxChecked = false) =>
        call('queueDialog', { kind: 'messageBox', answer: { response, checkboxChecked } }),
    },
    notifications: () => call('notifications', null),
    clickNotification: (index) => call('notificationClick', { index }),
    launchAgain: (args, cwd = process.cwd()) =>
      call('secondInstance', { args: ['--data-dir', opts.dataDir, ...args], cwd }),
    recorded: () => call('recorded', null),
    requestPermission: (permission, page) =>
      call('permissionRequest', { windowId: page ? standin.windowIdOf(page) : null, permission }),
    logs: () => log.text(),
    async close() {
      if (!isExited) {
        call('quit', null).catch(() => undefined); // the reply may not make it out before main exits
        if ((await Promise.race([exited, delay(QUIT_TIMEOUT_MS)])) === 'timeout') {
          child.kill('SIGKILL');
          await exited;
          await standin.close();
          throw new Error(`main did not exit within ${QUIT_TIMEOUT_MS / 1000} s of app.quit():\n${log.text()}`);
        }
      }
      await standin.close();
    },
    async kill() {
      if (!isExited) child.kill('SIGKILL');
      await Promise.all([exited, standin.kill()]);
    },
  };
  // Chromium is part of Electron's main process: a clean exit closes it, a crash takes it down hard.
  void exited.then(() => (cleanExit ? standin.close() : standin.kill()));
  return app;
}
