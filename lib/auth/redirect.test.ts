import { describe, expect, it } from 'vitest';
import { authConfig } from './auth.config';
import { sameOriginPath } from './redirect';

describe('sameOriginPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(sameOriginPath('/apply/XC-SL-002')).toBe('/apply/XC-SL-002');
    expect(sameOriginPath('/desk?state=accepted#top')).toBe('/desk?state=accepted#top');
    expect(sameOriginPath('/')).toBe('/');
  });

  it('reduces an absolute URL on our own origin to its path', () => {
    expect(sameOriginPath('https://portal.example/cases/1', 'https://portal.example')).toBe('/cases/1');
    expect(sameOriginPath('https://portal.example', 'https://portal.example')).toBe('/');
    expect(sameOriginPath('https://portal.example?x=1', 'https://portal.example')).toBe('/?x=1');
  });

  it('refuses anything a browser could take to another host', () => {
    for (const url of [
      '//evil.com',
      '/\\evil.com',
      '\\\\evil.com',
      '/\t/evil.com',
      '/\n/evil.com',
      'https://evil.com/',
      'https://portal.example.evil.com/x',
      'https://portal.example@evil.com/',
      'javascript:alert(1)',
      'evil.com',
      '',
      '/a\u0000b',
      'x'.repeat(2001),
    ]) {
      expect(sameOriginPath(url, 'https://portal.example'), JSON.stringify(url)).toBeNull();
    }
    expect(sameOriginPath(undefined)).toBeNull();
    expect(sameOriginPath(['/desk'])).toBeNull();
  });

  it('keeps percent-encoded text as it is (the browser decodes it within the path)', () => {
    expect(sameOriginPath('/%5C%5Cevil.com')).toBe('/%5C%5Cevil.com');
    expect(sameOriginPath('/services?q=%E8%AE%B8')).toBe('/services?q=%E8%AE%B8');
  });
});

describe('the Auth.js redirect callback', () => {
  const redirect = (url: string) => authConfig.callbacks.redirect({ url, baseUrl: 'https://portal.example' });

  it('keeps same-site destinations and sends everything else home', () => {
    expect(redirect('/desk')).toBe('https://portal.example/desk');
    expect(redirect('https://portal.example/my')).toBe('https://portal.example/my');
    expect(redirect('/\\evil.com')).toBe('https://portal.example');
    expect(redirect('/\t/evil.com')).toBe('https://portal.example');
    expect(redirect('https://evil.com/')).toBe('https://portal.example');
  });
});
