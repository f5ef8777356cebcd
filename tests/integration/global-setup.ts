import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase, installDatabaseHandle, type DatabaseHandle } from '@/db/client';
import { seedDemoData } from '@/db/seed';
import { databaseUrl, onTestServer, type Templates } from './template-databases';

/**
 * Builds, once per integration project (driver) and run, the two databases every test file
 * starts from — migrated, and migrated then seeded — so the ~47 demo cases are replayed
 * through the workflow once rather than in each of the files, which the workers then copy
 * in parallel (harness.ts). Runs in the main vitest process before any worker starts.
 */
export default async function setup(project: TestProject) {
  // The seed stores its cases' materials as files: every copy of its database must find them
  // in this folder, so the workers are told it rather than each making their own.
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'ow-test-uploads-'));
  process.env.UPLOAD_DIR = uploadDir;
  project.provide('uploadDir', uploadDir);
  const removeUploads = () => rmSync(uploadDir, { recursive: true, force: true });
  try {
    const driver = project.config.env.ONEWINDOW_TEST_DRIVER;
    const { templates, remove } = driver === 'postgres' ? await postgresTemplates() : await pgliteTemplates();
    project.provide('templates', templates);
    return async () => {
      await remove();
      removeUploads();
    };
  } catch (error) {
    removeUploads();
    throw error;
  }
}

async function seed(handle: DatabaseHandle) {
  // The workflow the seed replays reads the process database.
  installDatabaseHandle(handle);
  try {
    await seedDemoData(handle.db);
  } finally {
    installDatabaseHandle(undefined);
  }
}

async function postgresTemplates(): Promise<{ templates: Templates; remove: () => Promise<void> }> {
  const stamp = randomBytes(6).toString('hex');
  const templates = { unseeded: `ow_template_${stamp}_unseeded`, seeded: `ow_template_${stamp}_seeded` };
  const remove = () => onTestServer(...Object.values(templates).map((name) => `drop database if exists ${name} with (force)`));
  try {
    await onTestServer(`create database ${templates.unseeded}`);
    await (await openDatabase({ url: databaseUrl(templates.unseeded) })).close();
    await onTestServer(`create database ${templates.seeded} template ${templates.unseeded}`);
    const handle = await openDatabase({ url: databaseUrl(templates.seeded), migrate: false, poolMax: 30 });
    try {
      await seed(handle);
    } finally {
      await handle.close();
    }
    // A database is copied only while nobody is connected to it: refuse connections from now on.
    await onTestServer(...Object.values(templates).map((name) => `alter database ${name} with allow_connections false`));
  } catch (error) {
    await remove();
    throw error;
  }
  return { templates, remove };
}

async function pgliteTemplates(): Promise<{ templates: Templates; remove: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ow-test-pglite-'));
  const templates = { unseeded: path.join(dir, 'unseeded.tar.gz'), seeded: path.join(dir, 'seeded.tar.gz') };
  const remove = async () => rmSync(dir, { recursive: true, force: true });
  try {
    const handle = await openDatabase({ dataDir: 'memory://' });
    try {
      await dump(handle, templates.unseeded);
      await seed(handle);
      await dump(handle, templates.seeded);
    } finally {
      await handle.close();
    }
  } catch (error) {
    await remove();
    throw error;
  }
  return { templates, remove };
}

async function dump(handle: DatabaseHandle, file: string) {
  // drizzle keeps the client it wraps as `$client`.
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  writeFileSync(file, new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer()));
}
