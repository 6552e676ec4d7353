export { openStore, Store, type EventFilter, type ImportResult, type StoreOptions } from './store.js';
export { StoreError } from './errors.js';
export { defaultDbPath, resolveDbPath } from './paths.js';
export { SCHEMA_VERSION } from './migrations.js';
export { articleHash, type IngestArticle, type IngestResult } from './ingest.js';
export type { Review, ReviewInput, ReviewResult } from './reviews.js';
