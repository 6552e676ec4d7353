export * from './actors.js';
export * from './dates.js';
export * from './event-types.js';
export * from './event.js';
export * from './alliance.js';
export * from './known-date.js';
export * from './event-id.js';
