import { OpenApiDocument } from '../responses.js';
import { route, type Route } from '../route.js';
import { coderRoutes } from './coder.js';
import { eventRoutes } from './events.js';
import { feedRoutes } from './feeds.js';
import { indicatorRoutes } from './indicators.js';
import { modelRoutes } from './model.js';
import { proposalRoutes } from './proposals.js';
import { referenceRoutes } from './reference.js';
import { reviewRoutes } from './review.js';

const documentRoute = route({
  operationId: 'getOpenApi',
  method: 'get',
  path: '/openapi.json',
  summary: 'This document',
  response: OpenApiDocument,
  errors: [],
  handle: (_c, { openapi }) => openapi(),
});

/**
 * Every operation of the API, in the order the OpenAPI document lists them. The app mounts exactly
 * these and the document describes exactly these (the route test checks both), so a route is added
 * by adding it here, with its schemas, and in no other place.
 */
export const ROUTES: readonly Route[] = [
  ...referenceRoutes,
  ...eventRoutes,
  ...indicatorRoutes,
  ...modelRoutes,
  ...coderRoutes,
  ...proposalRoutes,
  ...reviewRoutes,
  ...feedRoutes,
  documentRoute,
];
