import { describe, expect, it } from 'vitest';
import { ipcErrorMessage } from './ipc-error';

describe('ipcErrorMessage', () => {
  it("keeps main's own sentence and drops Electron's prefix", () => {
    const error = new Error(
      "Error invoking remote method 'docMessage': Error: Edits are not being saved: the disk is full. (ENOSPC)",
    );
    expect(ipcErrorMessage(error)).toBe('Edits are not being saved: the disk is full. (ENOSPC)');
    expect(ipcErrorMessage(new Error("Error invoking remote method 'x': RangeError: too big"))).toBe('too big');
  });

  it('leaves other messages alone', () => {
    expect(ipcErrorMessage(new Error('no space left on device'))).toBe('no space left on device');
    expect(ipcErrorMessage('plain')).toBe('plain');
  });
});
