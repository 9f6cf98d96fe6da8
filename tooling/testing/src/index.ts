export {
  type CollectionMethod,
  collectGarbage,
  collectionMethod,
  collectUntil,
  FinalizersStoppedError,
  isCollected,
} from './gc.js';
