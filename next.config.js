// @ts-check
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A lockfile elsewhere on the machine must not move the workspace root.
  outputFileTracingRoot: __dirname,
  turbopack: { root: __dirname },
  outputFileTracingExcludes: { '*': ['./data/**/*'] },
  // Native or WASM packages load from node_modules at run time instead of being bundled.
  // rate-limiter-flexible imports drizzle-orm by a computed name, which a bundle cannot resolve.
  serverExternalPackages: ['@electric-sql/pglite', 'argon2', 'pg', 'rate-limiter-flexible'],
  poweredByHeader: false,
  // `npm start` and `npm test` build without Next's own TypeScript pass: `npm test` runs `tsc`
  // in its static stage first, and a first start need not repeat it (a plain `next build` still does).
  typescript: { ignoreBuildErrors: process.env.ONEWINDOW_BUILD_SKIPS_TYPECHECK === '1' },
  // forbidden() renders app/forbidden.tsx with status 403 for a signed-in user without the role.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        // Every page refuses framing; /api/files sets its own headers so case pages can preview PDFs.
        source: '/((?!api/files/).*)',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
