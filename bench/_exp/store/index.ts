// The file store's public face.
export { JournalFileStore, LOG_FILE, SNAPSHOT_FILE, type FileStoreOptions } from './file-store';
export { StoreLockedError, LOCK_FILE } from './lock';
export { verifyStore, readStoreState, type VerifyResult } from './verify';
export type { StoreReport } from './load';
