export * from './address-policy';
export * from './checked-host';
export * from './pinned-lookup';
