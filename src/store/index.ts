export { openStore, Store, type ImportResult, type StoreOptions } from './store.js';
export type { EventFilter } from './event-filter.js';
export { StoreError } from './errors.js';
export { defaultDbPath, resolveDbPath } from './paths.js';
export { SCHEMA_VERSION } from './migrations.js';
export { articleHash, type IngestArticle, type IngestResult } from './ingest.js';
export type { Review, ReviewInput, ReviewResult } from './reviews.js';
