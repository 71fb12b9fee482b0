// dialog double: answers come from queues the test fills (app.dialogs.next…); an empty queue answers
// "canceled" / button 0. Every call is recorded with the answer it got.
import type { DialogAnswer, DialogKind } from '../messages';
import { BrowserWindowDouble } from './browser-window';
import { provide } from './channel';
import { records } from './records';

type OpenResult = { canceled: boolean; filePaths: string[] };
type SaveResult = { canceled: boolean; filePath?: string };
type MessageBoxResult = { response: number; checkboxChecked: boolean };

const queues: { [K in DialogKind]: unknown[] } = { open: [], save: [], messageBox: [] };

/** Electron's dialog methods take an optional window first. */
function optionsOf(args: unknown[]): unknown {
  return args[0] instanceof BrowserWindowDouble ? args[1] : args[0];
}

function answer<T>(kind: DialogKind, args: unknown[], fallback: T): T {
  const queued = queues[kind].length > 0;
  const result = (queued ? queues[kind].shift() : fallback) as T;
  records.dialogs.push({ kind, options: optionsOf(args), answer: result, queued });
  return result;
}

function openAnswer(args: unknown[]): OpenResult {
  return answer<OpenResult>('open', args, { canceled: true, filePaths: [] });
}
function saveAnswer(args: unknown[]): SaveResult {
  return answer<SaveResult>('save', args, { canceled: true, filePath: '' });
}
function messageBoxAnswer(args: unknown[]): MessageBoxResult {
  const result = answer<Partial<MessageBoxResult>>('messageBox', args, { response: 0 });
  return { response: result.response ?? 0, checkboxChecked: result.checkboxChecked ?? false };
}

export const dialog = {
  showOpenDialog: async (...args: unknown[]): Promise<OpenResult> => openAnswer(args),
  showOpenDialogSync: (...args: unknown[]): string[] | undefined => {
    const r = openAnswer(args);
    return r.canceled ? undefined : r.filePaths;
  },
  showSaveDialog: async (...args: unknown[]): Promise<SaveResult> => saveAnswer(args),
  showSaveDialogSync: (...args: unknown[]): string | undefined => {
    const r = saveAnswer(args);
    return r.canceled ? undefined : r.filePath;
  },
  showMessageBox: async (...args: unknown[]): Promise<MessageBoxResult> => messageBoxAnswer(args),
  showMessageBoxSync: (...args: unknown[]): number => messageBoxAnswer(args).response,
  showErrorBox: (title: string, content: string): void => {
    records.errorBoxes.push({ title, content });
  },
};

provide({
  queueDialog(entry: DialogAnswer) {
    queues[entry.kind].push(entry.answer);
  },
});
