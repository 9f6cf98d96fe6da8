export { type CollectionMethod, collectGarbage, collectionMethod, isCollected } from './gc.js';
