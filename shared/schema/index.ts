// The document schema's public face: import from 'shared/schema', never from a Y.Doc directly.
export * from './journal-doc';
export * from './migrations';
export * from './contacts';
export * from './inbox';
export * from './ids';
