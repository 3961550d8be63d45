export * from './auth.js';
export * from './geo.js';
export * from './network.js';
export * from './system.js';
