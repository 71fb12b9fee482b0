// Process-wide state of the Electron double, shared by its modules without import cycles: readiness,
// quitting, focus, and the hooks through which windows tell `app` about themselves.
import type { EventEmitter } from 'node:events';

export const state = {
  ready: false,
  quitting: false,
  focusedWindowId: null as number | null,
};

export const appHooks = {
  webContentsCreated: (_webContents: EventEmitter): void => undefined,
  browserWindowCreated: (_window: EventEmitter): void => undefined,
  allWindowsClosed: (): void => undefined,
};

export function requireReady(what: string): void {
  if (!state.ready) throw new Error(`${what} can only be used after the app 'ready' event (Electron stand-in)`);
}

export interface ElectronEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

/** Electron's preventable event object, with extra fields some events carry. */
export function electronEvent<T extends object>(extra?: T): ElectronEvent & T {
  const event = {
    ...(extra ?? ({} as T)),
    defaultPrevented: false,
    preventDefault(): void {
      event.defaultPrevented = true;
    },
  };
  return event;
}
