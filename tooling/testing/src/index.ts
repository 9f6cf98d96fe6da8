export {
  type CollectionMethod,
  collectGarbage,
  collectionMethod,
  collectUntil,
  isCollected,
} from './gc.js';
