export * from './users';
export * from './departments';
export * from './enterprises';
export * from './catalogue';
export * from './cases';
export * from './audit';
export * from './names';
export * from './licences';
