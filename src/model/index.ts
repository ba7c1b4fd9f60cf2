export * from './item.js';
export * from './document.js';
export * from './metric.js';
export * from './diagnostic.js';
export * from './progress.js';
