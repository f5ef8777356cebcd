import { describe, expect, it } from 'vitest';
import { clientAddress, publicOriginFrom, trustedProxyHopsFrom } from './deployment';

describe('publicOriginFrom', () => {
  it('is the origin of AUTH_URL', () => {
    expect(publicOriginFrom({ AUTH_URL: 'https://yiwangtong.example.gov.cn/api/auth' })).toBe(
      'https://yiwangtong.example.gov.cn',
    );
    expect(publicOriginFrom({ AUTH_URL: 'http://10.0.0.5:8080', PORT: '3104' })).toBe('http://10.0.0.5:8080');
  });

  it('is this machine when AUTH_URL is unset or not an http(s) URL — never a request header', () => {
    expect(publicOriginFrom({})).toBe('http://localhost:3000');
    expect(publicOriginFrom({ PORT: '3104' })).toBe('http://localhost:3104');
    expect(publicOriginFrom({ AUTH_URL: 'not a url', PORT: '3104' })).toBe('http://localhost:3104');
    expect(publicOriginFrom({ AUTH_URL: 'javascript:alert(1)' })).toBe('http://localhost:3000');
    expect(publicOriginFrom({ PORT: 'evil.com' })).toBe('http://localhost:3000');
  });
});

describe('trustedProxyHopsFrom', () => {
  it('defaults to none and accepts 0–10', () => {
    expect(trustedProxyHopsFrom({})).toBe(0);
    expect(trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: '2' })).toBe(2);
    for (const bad of ['-1', '1.5', 'yes', '11']) expect(trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: bad })).toBe(0);
  });
});

describe('clientAddress', () => {
  it('believes no header without a trusted proxy', () => {
    expect(clientAddress('203.0.113.7', 0)).toBeNull();
    expect(clientAddress(null, 1)).toBeNull();
  });

  it('takes the entry the outermost trusted proxy appended, ignoring what the client wrote', () => {
    // The client forged "1.2.3.4"; the one proxy appended the real peer.
    expect(clientAddress('1.2.3.4, 203.0.113.7', 1)).toBe('203.0.113.7');
    // Two proxies: the outer one saw the client, the inner one saw the outer proxy.
    expect(clientAddress('1.2.3.4, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(clientAddress('2001:db8::1', 1)).toBe('2001:db8::1');
  });

  it('is unknown when the chain is shorter than the proxies or the entry is not an address', () => {
    expect(clientAddress('203.0.113.7', 2)).toBeNull();
    expect(clientAddress('1.2.3.4, not-an-ip', 1)).toBeNull();
    expect(clientAddress('1.2.3.4, ', 1)).toBeNull();
  });
});
