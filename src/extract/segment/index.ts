// Public surface of the segmentation stage.
export type * from './types.js';
export { segment } from './segment.js';
