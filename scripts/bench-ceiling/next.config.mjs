// The framework's own ceiling for `npm run bench`: a Next.js app of the portal's version with
// nothing in it. The bench copies this folder to data/bench-ceiling and builds it there; the
// portal's node_modules (two folders up) serve it, so the version is the same by construction.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @type {import('next').NextConfig} */
const config = {
  outputFileTracingRoot: root,
  turbopack: { root },
  poweredByHeader: false,
};

export default config;
