// The Chromium half of the stand-in: one persistent context (profile in main's session-data folder, so
// IndexedDB survives a restart), one page per BrowserWindow, app:// served by main's protocol handler,
// every other origin refused, and the preload's ipcRenderer bridged through a binding.
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { chromium, type BrowserContext, type Frame, type Page, type Request, type Route } from '@playwright/test';
import { browserLaunchArgs, findBrowserExecutable } from '../browser';
import { findBrowserPid } from './browser-process';
import type { ChildMethods, ParentMethods, WindowCreate } from './messages';
import { buildInitScript } from './preload-runner';
import type { Rpc } from './rpc';

type MainRpc = Rpc<ParentMethods, ChildMethods>;

interface WindowSlot {
  id: number;
  page: Page | null;
  created: Promise<Page>;
  queue: Promise<unknown>;
  closingByMain: boolean;
  /** Loads main started with loadURL whose 'load' event has not been seen yet. */
  mainLoadsPending: number;
  loadingByMain: boolean;
  loadedOnce: boolean;
}

export interface StandinBrowserOptions {
  profileDir: string;
  locale: string;
  dark: boolean;
  main: MainRpc;
  log: (line: string) => void;
}

function isAppUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' && hostname.endsWith('.localhost');
  } catch {
    return false;
  }
}

type BridgeMessage =
  | { kind: 'invoke' | 'send'; channel: string; args: unknown[] }
  | { kind: 'open'; url: string; frameName: string; features: string };

function narrowBridgeMessage(message: unknown): BridgeMessage {
  const m = message as {
    kind?: unknown;
    channel?: unknown;
    args?: unknown;
    url?: unknown;
    frameName?: unknown;
    features?: unknown;
  } | null;
  if (m && (m.kind === 'invoke' || m.kind === 'send') && typeof m.channel === 'string' && Array.isArray(m.args)) {
    return { kind: m.kind, channel: m.channel, args: m.args as unknown[] };
  }
  if (
    m &&
    m.kind === 'open' &&
    typeof m.url === 'string' &&
    typeof m.frameName === 'string' &&
    typeof m.features === 'string'
  ) {
    return { kind: 'open', url: m.url, frameName: m.frameName, features: m.features };
  }
  throw new Error('malformed message from the preload bridge');
}

export class StandinBrowser {
  readonly changes = new EventEmitter();
  private readonly slots = new Map<number, WindowSlot>();
  private readonly popupsHandled = new WeakSet<Page>();
  private readonly allowedOrigins = new Set<string>();
  private readonly bindingName = `__rapportStandin_${randomBytes(6).toString('hex')}`;
  private readonly hookKey = `rapport.standin.${randomBytes(6).toString('hex')}`;
  private creations: Promise<unknown> = Promise.resolve();
  private dark: boolean;

  private constructor(
    private readonly context: BrowserContext,
    private readonly options: StandinBrowserOptions,
  ) {
    this.dark = options.dark;
  }

  static async launch(options: StandinBrowserOptions): Promise<StandinBrowser> {
    const browser = findBrowserExecutable();
    const context = await chromium.launchPersistentContext(options.profileDir, {
      executablePath: browser.executablePath,
      args: browserLaunchArgs(browser),
      headless: true,
      locale: options.locale,
      colorScheme: options.dark ? 'dark' : 'light',
      serviceWorkers: 'block',
    });
    const standin = new StandinBrowser(context, options);
    await standin.wire();
    return standin;
  }

  private async wire(): Promise<void> {
    await this.context.exposeBinding(this.bindingName, (source, message: unknown) =>
      this.onBridgeMessage(source.page, source.frame, message),
    );
    await this.context.route('**/*', (route, request) => this.onRoute(route, request));
    await this.context.routeWebSocket(/.*/, (ws) => ws.close());
    this.context.on('page', (page) => void this.onNewPage(page));
    // The persistent context's initial blank tab is not a window main created.
    for (const page of this.context.pages()) await page.close().catch(() => undefined);
  }

  // ── windows, driven by main ───────────────────────────────────────────────────────────────────
  createWindow(params: WindowCreate): void {
    const created = this.creations.then(async () => {
      const page = await this.context.newPage();
      slot.page = page;
      await page.setViewportSize({ width: params.width, height: params.height });
      await page.addInitScript({
        content: buildInitScript({
          bindingName: this.bindingName,
          hookKey: this.hookKey,
          preloadPath: params.preloadPath,
          contextIsolation: params.contextIsolation,
          platform: process.platform,
          versions: { ...process.versions } as Record<string, string>,
        }),
      });
      this.watchPage(slot, page);
      this.changes.emit('change');
      return page;
    });
    const slot: WindowSlot = {
      id: params.windowId,
      page: null,
      created,
      queue: created,
      closingByMain: false,
      mainLoadsPending: 0,
      loadingByMain: false,
      loadedOnce: false,
    };
    this.slots.set(params.windowId, slot);
    this.creations = created.catch(() => undefined);
  }

  loadWindow(windowId: number, pageUrl: string): Promise<{ ok: true } | { ok: false; error: string }> {
    return this.enqueue(windowId, async (slot, page) => {
      if (!isAppUrl(pageUrl) && /^https?:/.test(pageUrl)) this.allowedOrigins.add(new URL(pageUrl).origin);
      slot.loadingByMain = true;
      slot.mainLoadsPending++;
      try {
        await page.goto(pageUrl, { waitUntil: 'load' });
        slot.loadedOnce = true;
        return { ok: true as const };
      } catch (error) {
        slot.mainLoadsPending = Math.max(0, slot.mainLoadsPending - 1);
        return { ok: false as const, error: error instanceof Error ? error.message : String(error) };
      } finally {
        slot.loadingByMain = false;
        this.changes.emit('change');
      }
    });
  }

  closeWindow(windowId: number): Promise<void> {
    const slot = this.slots.get(windowId);
    if (slot) slot.closingByMain = true;
    return this.enqueue(windowId, (_slot, page) => page.close());
  }

  focusWindow(windowId: number): Promise<void> {
    return this.enqueue(windowId, (_slot, page) => page.bringToFront());
  }

  resizeWindow(windowId: number, width: number, height: number): Promise<void> {
    return this.enqueue(windowId, (_slot, page) => page.setViewportSize({ width, height }));
  }

  /** webContents.send → the page's ipcRenderer listeners; dropped if no preload bridge is listening. */
  send(windowId: number, channel: string, args: unknown[]): Promise<void> {
    const key = this.hookKey;
    return this.enqueue(windowId, async (_slot, page) => {
      await page
        .evaluate(
          ({ key, channel, args }) => {
            const hook = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(key)];
            if (typeof hook === 'function') (hook as (c: string, a: unknown[]) => void)(channel, args);
          },
          { key, channel, args },
        )
        .catch((error: unknown) => this.options.log(`webContents.send(${channel}) not delivered: ${String(error)}`));
    });
  }

  async setTheme(dark: boolean): Promise<void> {
    this.dark = dark;
    for (const page of this.context.pages()) await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  }

  // ── what the test sees ────────────────────────────────────────────────────────────────────────
  pages(): Page[] {
    return [...this.slots.values()].flatMap((s) => (s.page && !s.page.isClosed() ? [s.page] : []));
  }

  /** Pages of windows that finished their first load, oldest first. */
  loadedPages(): Page[] {
    return [...this.slots.values()].flatMap((s) => (s.loadedOnce && s.page && !s.page.isClosed() ? [s.page] : []));
  }

  windowIdOf(page: Page): number | null {
    return this.slotOfPage(page)?.id ?? null;
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
  }

  /** Crash: SIGKILL the browser so nothing it buffered (IndexedDB) gets a graceful flush. */
  async kill(): Promise<void> {
    const pid = findBrowserPid(this.options.profileDir);
    if (pid !== null) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    await this.context.close().catch(() => undefined);
  }

  // ── plumbing ──────────────────────────────────────────────────────────────────────────────────
  private enqueue<T>(windowId: number, op: (slot: WindowSlot, page: Page) => Promise<T>): Promise<T> {
    const slot = this.slots.get(windowId);
    if (!slot) return Promise.reject(new Error(`unknown window ${windowId}`));
    const run = slot.queue.then(() => slot.created).then((page) => op(slot, page));
    slot.queue = run.catch(() => undefined);
    return run;
  }

  private slotOfPage(page: Page): WindowSlot | undefined {
    for (const slot of this.slots.values()) if (slot.page === page) return slot;
    return undefined;
  }

  private watchPage(slot: WindowSlot, page: Page): void {
    if (this.dark !== this.options.dark) void page.emulateMedia({ colorScheme: this.dark ? 'dark' : 'light' });
    page.on('load', () => {
      if (slot.mainLoadsPending > 0) {
        slot.mainLoadsPending--;
      } else {
        slot.loadedOnce = true;
        this.tellMain('pageEvent', { windowId: slot.id, kind: 'did-finish-load', url: page.url() });
      }
      this.changes.emit('change');
    });
    page.on('close', () => {
      if (!slot.closingByMain) this.tellMain('pageEvent', { windowId: slot.id, kind: 'closed', url: page.url() });
      this.changes.emit('change');
    });
  }

  private async onBridgeMessage(page: Page, frame: Frame, message: unknown): Promise<unknown> {
    const slot = this.slotOfPage(page);
    if (!slot) return { ok: false, message: 'Error: this page is not a window of the app' };
    const bridged = narrowBridgeMessage(message);
    if (bridged.kind === 'open') {
      const { url, frameName, features } = bridged;
      const disposition = features === '' ? 'foreground-tab' : 'new-window';
      this.tellMain('windowOpen', { openerId: slot.id, url, frameName, features, disposition });
      return undefined;
    }
    const params = { windowId: slot.id, frameUrl: frame.url(), channel: bridged.channel, args: bridged.args };
    if (bridged.kind === 'send') {
      this.tellMain('ipcSend', params);
      return undefined;
    }
    return this.options.main.call('invoke', params);
  }

  private async onRoute(route: Route, request: Request): Promise<void> {
    try {
      await this.routeRequest(route, request);
    } catch (error) {
      this.options.log(`request ${request.url()} failed in the stand-in: ${String(error)}`);
      await route.abort('failed').catch(() => undefined);
    }
  }

  private async routeRequest(route: Route, request: Request): Promise<void> {
    const url = request.url();
    let page: Page | null = null;
    try {
      page = request.frame().page();
    } catch {
      page = null; // a service-worker request has no frame
    }
    await this.creations;
    const slot = page ? this.slotOfPage(page) : undefined;
    const topNavigation = page !== null && request.isNavigationRequest() && request.frame() === page.mainFrame();

    if (page && !slot) {
      // A page main did not create: window.open or a target=_blank link. Main's window-open handler decides.
      if (topNavigation) void this.handlePopup(page, url);
      await route.abort('blockedbyclient');
      return;
    }
    if (slot && page && topNavigation && !slot.loadingByMain && url !== page.url()) {
      const { prevented } = await this.options.main.call('willNavigate', { windowId: slot.id, url });
      if (prevented) {
        await route.abort('aborted');
        return;
      }
    }
    if (isAppUrl(url)) {
      await this.serveFromMain(route, request);
      return;
    }
    if (this.allowedOrigins.has(new URL(url).origin)) {
      await route.continue();
      return;
    }
    this.options.log(`blocked ${request.method()} ${url} (the stand-in is offline except for the app's own origin)`);
    this.tellMain('offOriginRequest', { url });
    await route.abort('blockedbyclient');
  }

  private async serveFromMain(route: Route, request: Request): Promise<void> {
    const body = request.postDataBuffer();
    const response = await this.options.main.call('protocolRequest', {
      url: request.url(),
      method: request.method(),
      headers: await request.allHeaders(),
      body: body ? new Uint8Array(body) : null,
    });
    if (!response.handled) {
      this.options.log(`app request failed: ${response.reason}`);
      await route.abort('failed');
      return;
    }
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(response.body),
    });
  }

  private async onNewPage(page: Page): Promise<void> {
    await this.creations;
    if (this.slotOfPage(page)) return;
    // A popup that never navigates (window.open() with no URL) is still a window-open request.
    setTimeout(() => void this.handlePopup(page, page.url() || 'about:blank'), 1000);
  }

  private async handlePopup(popup: Page, url: string): Promise<void> {
    if (this.popupsHandled.has(popup) || popup.isClosed()) return;
    this.popupsHandled.add(popup);
    const opener = await popup.opener().catch(() => null);
    const openerSlot = opener ? this.slotOfPage(opener) : undefined;
    await popup.close().catch(() => undefined);
    await this.options.main
      .call('windowOpen', {
        openerId: openerSlot?.id ?? null,
        url,
        frameName: '',
        features: '',
        disposition: 'foreground-tab',
      })
      .catch((error: unknown) => this.options.log(`window.open(${url}) not answered: ${String(error)}`));
  }

  private tellMain<K extends keyof ChildMethods & string>(method: K, params: ChildMethods[K]['params']): void {
    this.options.main.call(method, params).catch((error: unknown) => this.options.log(`${method}: ${String(error)}`));
  }
}
