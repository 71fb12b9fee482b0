// The document schema's public face: import from 'shared/schema', never from a Y.Doc directly.
// Internal helpers (fields, entity, id-set) are imported by path inside shared/schema only.
export * from './journal-doc';
export * from './migrations';
export * from './contacts';
export * from './inbox';
export * from './ids';
export * from './dates';
export * from './contact-fields';
export * from './contact-text';
export * from './rich-text';
export * from './links';
export * from './interactions';
export * from './interaction-days';
export * from './cadence';
export * from './outreach';
export * from './goals';
export * from './goal-steps';
export * from './goal-progress';
export * from './circles';
export * from './rich-fields';
export * from './trash';
export * from './duplicates';
export * from './merge';
export * from './merge-preview';
