import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from './security-headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  const production = directives(contentSecurityPolicy({ nonce: 'abc', development: false, uploadThing: false, https: false }));

  it('lets scripts run by this response nonce only, never inline or eval in production', () => {
    expect(production.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(production.get('script-src')).not.toContain("'unsafe-inline'");
    expect(production.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('refuses plugins, foreign base URLs and being framed', () => {
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
    expect(production.has('upgrade-insecure-requests')).toBe(false);
  });

  it('opens only what a configuration needs: eval and the HMR socket in development, UploadThing uploads, HTTPS upgrades', () => {
    const dev = directives(contentSecurityPolicy({ nonce: 'n', development: true, uploadThing: true, https: true }));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('connect-src')).toEqual(["'self'", 'https://*.ingest.uploadthing.com', 'ws:']);
    expect(dev.has('upgrade-insecure-requests')).toBe(true);
    expect(production.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('strictTransportSecurity', () => {
  it('is sent only when the public origin is HTTPS', () => {
    expect(strictTransportSecurity('https://onewindow.example.cn')).toBe('max-age=31536000; includeSubDomains');
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
  });
});

describe('newNonce', () => {
  it('gives 128 random bits, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});
