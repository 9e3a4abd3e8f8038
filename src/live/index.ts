export { readLiveInventory, readLiveResource, liveDocument, liveFile, type LiveInventory, type LiveInventoryOptions, type LiveProgress, type LiveResourceOptions, type LiveResourceRead } from './inventory.js';
export type { LiveAccess } from './clients.js';
export { typesToRead, SERVICE_READ_TYPES } from './readers/index.js';
export { relatedOf, relatedTypesToRead, referencedByDependents, readNeighbours, NEIGHBOUR_SOURCES } from './related/index.js';
export { createLimiter, type Limiter } from './limiter.js';
export type { LiveResource } from './types.js';
