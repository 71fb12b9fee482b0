// Answers the test process's questions about windows: page loads and closes, ipcRenderer calls, and
// whether a navigation or a window.open may proceed (main's real listeners decide).
import { records } from './records';
import type { WindowOpenRequest } from '../messages';
import { BrowserWindowDouble } from './browser-window';
import { provide } from './channel';
import { dispatchInvoke, dispatchSend } from './ipc-main';
import { session } from './session';
import { state } from './state';
import { toAppUrl } from './url-map';

function windowOf(windowId: number): BrowserWindowDouble {
  const w = BrowserWindowDouble.fromId(windowId);
  if (!w) throw new Error(`no open window ${windowId}`);
  return w;
}

function openerOf(request: WindowOpenRequest): BrowserWindowDouble | null {
  const byId = request.openerId === null ? null : BrowserWindowDouble.fromId(request.openerId);
  if (byId) return byId;
  if (state.focusedWindowId !== null) return BrowserWindowDouble.fromId(state.focusedWindowId);
  return BrowserWindowDouble.getAllWindows()[0] ?? null;
}

provide({
  pageEvent({ windowId, kind, url }) {
    const w = BrowserWindowDouble.fromId(windowId);
    if (!w) return;
    if (kind === 'closed') w.pageClosed();
    else if (kind === 'did-finish-load') w.webContents.finishedLoad(toAppUrl(url));
  },
  invoke({ windowId, frameUrl, channel, args }) {
    return dispatchInvoke(windowOf(windowId).webContents, frameUrl, channel, args);
  },
  ipcSend({ windowId, frameUrl, channel, args }) {
    dispatchSend(windowOf(windowId).webContents, frameUrl, channel, args);
  },
  willNavigate({ windowId, url }) {
    const prevented = windowOf(windowId).webContents.willNavigate(url);
    records.navigations.push({ url, prevented });
    return { prevented };
  },
  windowOpen(request) {
    const opener = openerOf(request);
    if (!opener) return { action: 'deny' };
    const decision = opener.webContents.decideWindowOpen(request);
    records.windowOpens.push({ url: request.url, action: decision.action === 'allow' ? 'allow' : 'deny' });
    if (decision.action !== 'allow') return { action: 'deny' };
    const child = new BrowserWindowDouble({ ...decision.overrideBrowserWindowOptions });
    opener.webContents.emit('did-create-window', child, { url: toAppUrl(request.url), frameName: request.frameName });
    void child.loadURL(toAppUrl(request.url)).catch(() => undefined);
    return { action: 'allow' };
  },
  offOriginRequest({ url }) {
    records.offOriginRequests.push({ source: 'page', url });
  },
  permissionRequest({ windowId, permission }) {
    const w = windowId === null ? BrowserWindowDouble.getAllWindows()[0] : BrowserWindowDouble.fromId(windowId);
    return session.defaultSession.askPermission(w?.webContents ?? null, permission);
  },
});
