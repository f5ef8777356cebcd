import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_MESSAGE_PATHS, pickClientMessages } from './client-messages';
import en from './messages/en';
import zh from './messages/zh-CN';

const ROOT = path.resolve(import.meta.dirname, '../..');

function clientFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(full);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return fs.readFileSync(full, 'utf8').startsWith("'use client'") ? [full] : [];
  });
}

describe('client messages', () => {
  it('covers every namespace a client component translates', () => {
    const used = ['app', 'components']
      .flatMap((d) => clientFiles(path.join(ROOT, d)))
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/useTranslations\('([^']+)'\)/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(0);
    for (const namespace of used) {
      expect(
        CLIENT_MESSAGE_PATHS.some((p) => namespace === p || namespace.startsWith(`${p}.`)),
        `${namespace} is not sent to the browser`,
      ).toBe(true);
    }
  });

  it('picks the listed paths and nothing else', () => {
    const picked = pickClientMessages(zh);
    expect(Object.keys(picked).sort()).toEqual([...new Set(CLIENT_MESSAGE_PATHS.map((p) => p.split('.')[0]))].sort());
    expect(Object.keys(picked.common as object).sort()).toEqual(['audiences', 'errorPage', 'kinds', 'language', 'roles']);
    expect(picked.home).toBeUndefined();
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(zh).length / 2);
  });

  it('both languages have the same keys', () => {
    const keys = (o: unknown, prefix = ''): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
});
