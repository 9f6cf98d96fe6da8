export { clone } from './clone.js';
