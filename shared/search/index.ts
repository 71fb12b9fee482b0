// Search's public face: the normaliser, the documents, the index and the live index that follows a Y.Doc.
export * from './fold';
export * from './documents';
export * from './snippet';
export * from './search-index';
export * from './live-index';
