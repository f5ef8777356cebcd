import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { describe, expect, it, vi } from 'vitest';

// proxy.ts builds Auth.js at import; only its matcher is under test here.
vi.mock('next-auth', () => ({ default: () => ({ auth: () => undefined }) }));
const { config } = await import('@/proxy');

const runsProxy = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe('the proxy matcher', () => {
  it('runs on every page path, whatever it ends with', () => {
    for (const path of [
      '/',
      '/desk',
      '/admin/users',
      '/admin/users/x.png',
      '/admin/x.svg',
      '/my/a.ico',
      '/desk/f.woff2',
      '/api-docs',
    ]) {
      expect(runsProxy(path), path).toBe(true);
    }
  });

  it('runs on an API path only when it holds a percent-escape (the decoding check)', () => {
    expect(runsProxy('/api/files/%ff')).toBe(true);
    expect(runsProxy('/api/v1/services/%E4%B8')).toBe(true);
  });

  it('skips the API, the build output and the app icon', () => {
    for (const path of [
      '/api/v1/services',
      '/api/auth/session',
      '/_next/static/chunks/a.js',
      '/_next/image',
      '/favicon.ico',
      '/icon.svg',
    ]) {
      expect(runsProxy(path), path).toBe(false);
    }
  });
});
