/**
 * What the integration suite's global setup (global-setup.ts) hands each test file: the
 * databases every file copies — built, migrated and seeded once per driver per run — and the
 * upload folder the seed wrote their demo files to.
 */

/** Database names on PostgreSQL; `dumpDataDir()` tarball files on PGlite. */
export type Templates = { seeded: string; unseeded: string };

declare module 'vitest' {
  export interface ProvidedContext {
    templates: Templates;
    uploadDir: string;
  }
}

export function testServerUrl(): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is required for the postgres integration project');
  return base;
}

/** The connection string of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the test server's own database (CREATE/DROP DATABASE cannot run inside another). */
export async function onTestServer(...statements: string[]): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}
