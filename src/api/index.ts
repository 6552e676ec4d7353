export { createApp, type AppOptions } from './app.js';
export { startServer, type RunningServer, type ServeOptions } from './server.js';
export { generateToken, resolveToken } from './auth.js';
export { openApiDocument } from './openapi.js';
export { MAX_HORIZON, MAX_RUNS } from './schemas.js';
export { WEB_ROOT } from './static.js';
