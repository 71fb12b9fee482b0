// What main did that a page cannot show: the stand-in records it so a spec can assert on it.
import type { Recorded } from '../messages';

export const records: Recorded = {
  windows: [],
  privilegedSchemes: [],
  handledSchemes: [],
  permissionRequestHandler: false,
  permissionCheckHandler: false,
  headersReceivedListeners: 0,
  openExternal: [],
  openPath: [],
  showItemInFolder: [],
  errorBoxes: [],
  dialogs: [],
  mainErrors: [],
  navigations: [],
  windowOpens: [],
  offOriginRequests: [],
  dictionaryDownloadUrl: null,
  spellCheckerLanguages: null,
  applicationMenu: [],
};

export function warn(message: string): void {
  process.stderr.write(`[stand-in] ${message}\n`);
}
