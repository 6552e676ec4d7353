export { createApp, type AppOptions } from './app.js';
export { startServer, type RunningServer, type ServeOptions } from './server.js';
export { generateToken, MIN_TOKEN_LENGTH, resolveToken } from './auth.js';
export { SIMULATION_LIMITS, type JobLimits } from './job-limiter.js';
export { openApiDocument } from './openapi.js';
export { MAX_HORIZON, MAX_RUNS } from './schemas.js';
export { WEB_ROOT } from './static.js';
