export { isCollected } from './gc.js';
