// The typed vocabulary between the test process (Chromium side) and the stand-in's main process (the
// real main bundle under Node). One table per direction, so neither side sends a stringly message.

export interface ProtocolRequest {
  /** The page-side URL (http://rapport.localhost/…); main maps it back to app://rapport/…. */
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export type ProtocolResponse =
  | { handled: true; status: number; statusText: string; headers: Array<[string, string]>; body: Uint8Array }
  | { handled: false; reason: string };

export type InvokeOutcome = { ok: true; value: unknown } | { ok: false; message: string };

export type DialogKind = 'open' | 'save' | 'messageBox';
export type DialogAnswer =
  | { kind: 'open'; answer: { canceled: boolean; filePaths: string[] } }
  | { kind: 'save'; answer: { canceled: boolean; filePath?: string } }
  | { kind: 'messageBox'; answer: { response: number; checkboxChecked?: boolean } };

export interface WindowPreferences {
  windowId: number;
  url: string;
  contextIsolation: boolean;
  sandbox: boolean;
  nodeIntegration: boolean;
  webSecurity: boolean;
  preload: string | null;
  /** webPreferences.spellcheck (Electron's default is on). */
  spellcheck: boolean;
  /** Shown right now (main's show()/hide()); a window created with `show: false` starts hidden. */
  visible?: boolean;
}

/** A request to an origin other than the app's: who would have made it, and where to. */
export interface OffOriginRequest {
  /** A page's Chromium, main's Node networking, or Chromium's spellchecker fetching a Hunspell dictionary. */
  source: 'page' | 'main' | 'spellchecker';
  url: string;
}

/** What main did that has no visible effect in a page: the security and OS-integration record. */
export interface Recorded {
  windows: WindowPreferences[];
  privilegedSchemes: Array<{ scheme: string; privileges: Record<string, boolean> }>;
  handledSchemes: string[];
  permissionRequestHandler: boolean;
  permissionCheckHandler: boolean;
  headersReceivedListeners: number;
  openExternal: string[];
  openPath: string[];
  showItemInFolder: string[];
  errorBoxes: Array<{ title: string; content: string }>;
  dialogs: Array<{ kind: DialogKind; options: unknown; answer: unknown; queued: boolean }>;
  mainErrors: string[];
  /** Every page navigation main was asked about, and whether its will-navigate listeners prevented it. */
  navigations: Array<{ url: string; prevented: boolean }>;
  /** Every window.open main's window-open handler answered (Electron's default, with no handler, is allow). */
  windowOpens: Array<{ url: string; action: 'allow' | 'deny' }>;
  /** Every request to a non-app origin that was attempted (the stand-in refuses them all). */
  offOriginRequests: OffOriginRequest[];
  /** Connections main made to 127.0.0.1, let through only when a spec sets RAPPORT_STANDIN_LOOPBACK=1. */
  loopbackRequests?: string[];
  /** session.setSpellCheckerDictionaryDownloadURL, if main called it. */
  dictionaryDownloadUrl: string | null;
  /** session.setSpellCheckerLanguages, if main called it. */
  spellCheckerLanguages: string[] | null;
  /** The application menu's labels ("File > Quick note…"), as main last set it. */
  applicationMenu: string[];
}

export interface PageEvent {
  windowId: number;
  kind: 'did-finish-load' | 'dom-ready' | 'closed';
  url: string;
}

export interface WindowOpenRequest {
  openerId: number | null;
  url: string;
  frameName: string;
  features: string;
  disposition: 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
}

/** Calls the test process makes into the stand-in main process. */
export interface ChildMethods {
  protocolRequest: { params: ProtocolRequest; result: ProtocolResponse };
  invoke: { params: { windowId: number; frameUrl: string; channel: string; args: unknown[] }; result: InvokeOutcome };
  ipcSend: { params: { windowId: number; frameUrl: string; channel: string; args: unknown[] }; result: void };
  willNavigate: { params: { windowId: number; url: string }; result: { prevented: boolean } };
  windowOpen: { params: WindowOpenRequest; result: { action: 'allow' | 'deny' } };
  offOriginRequest: { params: { url: string }; result: void };
  pageEvent: { params: PageEvent; result: void };
  trayClick: { params: null; result: void };
  trayMenuItems: { params: null; result: string[] };
  trayClickMenuItem: { params: { label: string }; result: void };
  shortcutPress: { params: { accelerator: string }; result: void };
  shortcutsRegistered: { params: null; result: string[] };
  menuAccelerator: { params: { menu: 'app' | 'tray'; label: string }; result: string | null };
  queueDialog: { params: DialogAnswer; result: void };
  notifications: { params: null; result: Array<{ title: string; body: string }> };
  recorded: { params: null; result: Recorded };
  permissionRequest: { params: { windowId: number | null; permission: string }; result: boolean };
  quit: { params: null; result: void };
  /** Clicks the index-th notification main showed. */
  notificationClick: { params: { index: number }; result: void };
  /** Another launch of the app: Electron gives the first instance its argv and working folder. */
  secondInstance: { params: { args: string[]; cwd: string }; result: void };
}

export interface WindowCreate {
  windowId: number;
  width: number;
  height: number;
  preloadPath: string | null;
  contextIsolation: boolean;
}

/** Calls the stand-in main process makes into the test process. */
export interface ParentMethods {
  /** Main's top level ran; the test starts Chromium on the session-data folder, then main gets 'ready'. */
  mainLoaded: { params: { sessionDataDir: string }; result: void };
  mainReady: { params: null; result: void };
  mainError: { params: { message: string }; result: void };
  windowCreate: { params: WindowCreate; result: void };
  windowLoad: { params: { windowId: number; pageUrl: string }; result: { ok: true } | { ok: false; error: string } };
  windowClose: { params: { windowId: number }; result: void };
  windowFocus: { params: { windowId: number }; result: void };
  windowResize: { params: { windowId: number; width: number; height: number }; result: void };
  webContentsSend: { params: { windowId: number; channel: string; args: unknown[] }; result: void };
  setTheme: { params: { dark: boolean }; result: void };
}

/** Host configuration, passed in one environment variable that the host removes before main runs. */
export interface HostConfig {
  mainBundle: string;
  argv: string[];
  userDataDir: string;
  homeDir: string;
  locale: string;
  dark: boolean;
}

export const HOST_CONFIG_ENV = 'RAPPORT_STANDIN_CONFIG';
