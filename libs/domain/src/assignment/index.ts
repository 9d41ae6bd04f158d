export * from './assignment-conflict';
export * from './seeded-draw';
export * from './team-proposal';
export * from './inspector-load';
