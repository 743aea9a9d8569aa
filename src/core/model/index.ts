// The model module: entities, networks, channels, actions, errors. The leaf
// that every other core module builds on.

export * from './entity.js';
export * from './errors.js';
export * from './network.js';
export * from './measures.js';
