export * from './auth.js';
export * from './geo.js';
export * from './network.js';
export * from './system.js';
export * from './intake.js';
export * from './checkup.js';
export * from './assignment.js';
