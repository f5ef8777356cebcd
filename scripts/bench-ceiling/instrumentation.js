// Nothing to set up. Without this file Turbopack, whose root is the portal's folder (for its
// node_modules), would take the portal's instrumentation.ts and open the portal's database.
export function register() {}
