// How pair keys rest on disk: encrypted with Electron's safeStorage (the OS keychain) where the OS offers it,
// otherwise as they are in a file only the owner may read (the CLI, plain Node and tests). An adapter, so
// main picks one at start and tests never need Electron.

export type SealerKind = 'safe-storage' | 'file-permissions';

export interface SecretSealer {
  readonly kind: SealerKind;
  seal(secret: Buffer): string;
  /** Throws when the sealed text cannot be opened here (another user, another machine, a reset keychain). */
  open(sealed: string): Buffer;
}

/** The file-permission adapter: base64 only; the secrecy is the 0600 file (see paired-devices.ts). */
export const filePermissionSealer: SecretSealer = {
  kind: 'file-permissions',
  seal: (secret) => secret.toString('base64'),
  open: (sealed) => Buffer.from(sealed, 'base64'),
};

/** The part of Electron's safeStorage this uses (passed in, so this file never imports Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export function safeStorageSealer(safeStorage: SafeStorageLike): SecretSealer {
  return {
    kind: 'safe-storage',
    seal: (secret) => safeStorage.encryptString(secret.toString('base64')).toString('base64'),
    open: (sealed) => Buffer.from(safeStorage.decryptString(Buffer.from(sealed, 'base64')), 'base64'),
  };
}

/** safeStorage when the OS can encrypt, otherwise the owner-only file. */
export function chooseSealer(safeStorage: SafeStorageLike | undefined): SecretSealer {
  return safeStorage?.isEncryptionAvailable() ? safeStorageSealer(safeStorage) : filePermissionSealer;
}
