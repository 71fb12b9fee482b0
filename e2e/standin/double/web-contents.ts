// webContents of a stand-in window: loads go to the test process (page.goto on the mapped URL), sends
// become ipcRenderer events in the page, and will-navigate / window.open decisions are main's real ones.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { WindowOpenRequest } from '../messages';
import { tell, parent } from './channel';
import { IpcMainDouble, type IpcSender } from './ipc-main';
import { session } from './session';
import { cloneForIpc } from './structured';
import { electronEvent } from './state';
import { toAppUrl, toPageUrl, originOf } from './url-map';

export type WindowOpenHandler = (details: {
  url: string;
  frameName: string;
  features: string;
  disposition: string;
  referrer: { url: string; policy: string };
  postBody?: unknown;
}) => { action: 'allow' | 'deny'; overrideBrowserWindowOptions?: Record<string, unknown> };

let nextWebContentsId = 1;
const allWebContents = new Map<number, WebContentsDouble>();

export class WebContentsDouble extends EventEmitter implements IpcSender {
  readonly id = nextWebContentsId++;
  readonly ipc = new IpcMainDouble();
  windowOpenHandler: WindowOpenHandler | null = null;
  private url = '';
  private destroyed = false;
  private readyToShowSent = false;
  private zoomFactor = 1;

  constructor(
    readonly windowId: number,
    private readonly onReadyToShow: () => void,
  ) {
    super();
    allWebContents.set(this.id, this);
  }

  static getAllWebContents(): WebContentsDouble[] {
    return [...allWebContents.values()];
  }
  static fromId(id: number): WebContentsDouble | undefined {
    return allWebContents.get(id);
  }
  static getFocusedWebContents(): WebContentsDouble | null {
    return null;
  }

  get session(): typeof session.defaultSession {
    return session.defaultSession;
  }
  get mainFrame(): { url: string; origin: string; name: string } {
    return { url: this.url, origin: originOf(this.url), name: '' };
  }

  async loadURL(url: string): Promise<void> {
    this.assertAlive();
    const pageUrl = toPageUrl(url);
    this.url = url;
    this.emit('did-start-loading');
    const result = await parent.call('windowLoad', { windowId: this.windowId, pageUrl });
    if (!result.ok) {
      this.emit('did-fail-load', electronEvent(), -2, result.error, url, true);
      throw new Error(`ERR_FAILED (-2) loading '${url}': ${result.error}`);
    }
    this.finishedLoad(url);
  }

  loadFile(
    filePath: string,
    options: { query?: Record<string, string>; search?: string; hash?: string } = {},
  ): Promise<void> {
    const url = pathToFileURL(filePath);
    if (options.query) for (const [k, v] of Object.entries(options.query)) url.searchParams.set(k, v);
    if (options.search) url.search = options.search;
    if (options.hash) url.hash = options.hash;
    return this.loadURL(url.toString());
  }

  /** A load the page made itself (reload, link): reported by the test process. */
  finishedLoad(url: string): void {
    this.url = url;
    this.emit('dom-ready', electronEvent());
    if (!this.readyToShowSent) {
      this.readyToShowSent = true;
      this.onReadyToShow();
    }
    this.emit('did-finish-load', electronEvent());
    this.emit('did-stop-loading');
  }

  reload(): void {
    void this.loadURL(this.url).catch(() => undefined);
  }

  getURL(): string {
    return this.url;
  }
  getTitle(): string {
    return '';
  }
  isLoading(): boolean {
    return false;
  }
  isCrashed(): boolean {
    return false;
  }

  send(channel: string, ...args: unknown[]): void {
    this.assertAlive();
    tell('webContentsSend', { windowId: this.windowId, channel, args: args.map(cloneForIpc) });
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Electron's default with no handler is to allow; the window is created by the caller. */
  decideWindowOpen(request: WindowOpenRequest): ReturnType<WindowOpenHandler> {
    const url = toAppUrl(request.url);
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({
      url,
      frameName: request.frameName,
      features: request.features,
      disposition: request.disposition,
      referrer: { url: this.url, policy: 'strict-origin-when-cross-origin' },
    });
  }

  /** Asks main's will-navigate listeners; true when one of them prevented it. */
  willNavigate(pageUrl: string): boolean {
    const url = toAppUrl(pageUrl);
    const event = electronEvent({ url, isMainFrame: true, isSameDocument: false, initiator: undefined });
    this.emit('will-navigate', event, url, false, true, 0, 0);
    if (!event.defaultPrevented) this.emit('did-start-navigation', electronEvent({ url }), url, false, true);
    return event.defaultPrevented;
  }

  focus(): void {
    tell('windowFocus', { windowId: this.windowId });
  }
  openDevTools(): void {}
  closeDevTools(): void {}
  isDevToolsOpened(): boolean {
    return false;
  }
  toggleDevTools(): void {}
  setZoomFactor(factor: number): void {
    this.zoomFactor = factor;
  }
  getZoomFactor(): number {
    return this.zoomFactor;
  }
  async setVisualZoomLevelLimits(): Promise<void> {}
  setBackgroundThrottling(): void {}
  setAudioMuted(): void {}
  getOSProcessId(): number {
    return process.pid;
  }
  getProcessId(): number {
    return this.id;
  }
  getType(): string {
    return 'window';
  }
  executeJavaScript(): Promise<never> {
    return Promise.reject(
      new Error(
        'webContents.executeJavaScript is not supported by the Electron stand-in (and STYLE.md lists it as an anti-pattern)',
      ),
    );
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Called by the owning window when it is destroyed. */
  markDestroyed(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    allWebContents.delete(this.id);
    this.emit('destroyed');
  }

  private assertAlive(): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
  }
}
