#!/usr/bin/env node
// `npm run test:crash`: applicants submit and upload in a burst, the server is killed with
// SIGKILL mid-burst and started again, and then every write the server acknowledged (answered
// 2xx / ok) must be there, nothing may be half-written (a submitted case without its number, a
// material without its file on disk) and the audit chain must verify. PostgreSQL only: a fresh
// database on the server of TEST_DATABASE_URL. Builds first when there is no production build.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  ensureBuild,
  freshDatabase,
  pagePath,
  runScript,
  serverActions,
  signIn,
  startServer,
  withClient,
} from './server-harness.mjs';

const PORT = Number(process.env.CRASH_PORT ?? 3207);
const APPLICANTS = ['agent1', 'agent2', 'agent3', 'agent4', 'agent5', 'agent6', 'agent7', 'agent8'].map(
  (a) => `${a}@onewindow.test`,
);
// Killed once this many writes are acknowledged, with the workers still writing.
const KILL_AFTER_ACKS = Number(process.env.CRASH_KILL_AFTER ?? 60);
const SERVICE = 'XC-SP-001'; // food business licence: one form, no name or project needed
const ANSWERS = {
  premises: '许昌经济技术开发区延安路 88 号',
  businessFormat: 'retail',
  businessItems: '预包装食品销售',
  personInCharge: '张明',
  safetyManager: '李华',
};
const CONTACT = { name: '张明', phone: '13800000001', email: '' };

/** A small valid PDF, different each time so every upload has its own hash. */
function pdf(tag) {
  const body = `%PDF-1.4\n% crash-test ${tag}\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return Buffer.from(body);
}
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Calls a server action over HTTP as the browser does; resolves with its result, throws when unanswered. */
async function callAction(origin, cookie, action, pageFill, input) {
  const res = await fetch(`${origin}${pagePath(action.page, pageFill)}`, {
    method: 'POST',
    headers: {
      'Next-Action': action.id,
      'Content-Type': 'text/plain;charset=UTF-8',
      Accept: 'text/x-component',
      Origin: origin,
      cookie,
    },
    body: JSON.stringify([input]),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  // The flight response: row 0 points at the row holding the action's return value.
  const rows = new Map(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
  );
  const head = JSON.parse(rows.get('0'));
  const value = typeof head.a === 'string' && head.a.startsWith('$@') ? JSON.parse(rows.get(head.a.slice(2))) : head.a;
  if (!value?.ok) throw new Error(`refused: ${JSON.stringify(value)}`);
  return value.data;
}

async function upload(origin, cookie, caseId, bytes) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'application-form.pdf');
  const res = await fetch(`${origin}/api/cases/${caseId}/materials/application-form`, {
    method: 'POST',
    headers: { Origin: origin, cookie },
    body: form,
  });
  if (res.status !== 201) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  return res.json();
}

function filesUnder(root) {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

async function main() {
  const started = Date.now();
  ensureBuild();
  const actions = serverActions();
  const create = actions.get('createDraftAction');
  const save = actions.get('saveDraftAction');
  const submit = actions.get('submitCaseAction');
  if (!create?.page || !save?.page || !submit?.page) throw new Error('the build has no page serving the case actions');

  const db = await freshDatabase('ow_crash');
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-crash-uploads-'));
  let server;
  const problems = [];
  try {
    const enterprises = await withClient(db.url, async (client) => {
      const { rows } = await client.query(
        `select distinct on (u.email) u.email, u.id as user_id, e.id as enterprise_id from users u
         join enterprise_members m on m.user_id = u.id and m.status = 'active'
         join enterprises e on e.id = m.enterprise_id and e.status = 'registered'
         where u.email = any($1) order by u.email, e.id`,
        [APPLICANTS],
      );
      return new Map(rows.map((r) => [r.email, r]));
    });

    server = await startServer({ port: PORT, databaseUrl: db.url, uploadDir });
    const cookies = new Map();
    for (const email of APPLICANTS) cookies.set(email, await signIn(server.origin, email));

    /** Every acknowledged write, by kind. */
    const acked = { draft: [], answers: [], upload: [], submit: [] };
    let unanswered = 0;
    let total = 0;
    let stop = false;
    let killed;
    const burstStarted = Date.now();
    const ack = (kind, entry) => {
      acked[kind].push(entry);
      if (++total >= KILL_AFTER_ACKS && !killed) {
        stop = true;
        killed = server.kill('SIGKILL');
      }
    };

    const worker = async (email, w) => {
      const cookie = cookies.get(email);
      const { enterprise_id: enterpriseId, user_id: userId } = enterprises.get(email);
      for (let n = 0; !stop; n++) {
        try {
          const { id: caseId } = await callAction(server.origin, cookie, create, SERVICE, { serviceCode: SERVICE, enterpriseId });
          ack('draft', { caseId, userId });
          await callAction(server.origin, cookie, save, caseId, { caseId, contact: CONTACT, formData: ANSWERS });
          ack('answers', { caseId });
          const bytes = pdf(`${w}-${n}-${randomUUID()}`);
          const uploaded = await upload(server.origin, cookie, caseId, bytes);
          ack('upload', { caseId, fileId: uploaded.fileId, sha256: sha256(bytes), email });
          const submitted = await callAction(server.origin, cookie, submit, caseId, { caseId, idempotencyKey: randomUUID() });
          ack('submit', { caseId, number: submitted.number });
        } catch (error) {
          if (!stop) throw error; // before the kill every write must succeed
          unanswered++;
          return;
        }
      }
    };
    const workers = Promise.allSettled(APPLICANTS.map((email, w) => worker(email, w)));
    const outcomes = await workers;
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw new Error(`a write failed before the kill: ${failed.reason.message}\n${server.log()}`);
    await killed;
    const burstSeconds = (Date.now() - burstStarted) / 1000;

    server = await startServer({ port: PORT, databaseUrl: db.url, uploadDir, label: 'restarted server' });

    // What the database holds now, for every case the burst touched or may have touched.
    const present = await withClient(db.url, async (client) => {
      const userIds = [...enterprises.values()].map((e) => e.user_id);
      const { rows: caseRows } = await client.query(
        `select c.id, c.state, c.number, c.submitted_at, c.contact, c.form_data from cases c
         where c.applicant_id = any($1) and c.created_at >= $2`,
        [userIds, new Date(burstStarted - 1_000)],
      );
      const { rows: materialRows } = await client.query(
        `select m.case_id, m.file_id, f.key, f.sha256, f.storage from case_materials m join stored_files f on f.id = m.file_id
         where m.case_id = any($1)`,
        [caseRows.map((c) => c.id)],
      );
      const { rows: drafts } = await client.query(
        `select entity_id from audit_events where action = 'case.draft.create' and entity_id = any($1)`,
        [caseRows.map((c) => c.id)],
      );
      return {
        cases: new Map(caseRows.map((c) => [c.id, c])),
        materials: materialRows,
        draftAudits: new Set(drafts.map((d) => d.entity_id)),
      };
    });
    const onDisk = new Map(filesUnder(uploadDir).map((f) => [path.basename(f), f]));

    const count = { draft: 0, answers: 0, upload: 0, submit: 0 };
    for (const a of acked.draft) {
      if (present.cases.has(a.caseId) && present.draftAudits.has(a.caseId)) count.draft++;
      else problems.push(`acknowledged draft ${a.caseId} is missing (or its audit event is)`);
    }
    for (const a of acked.answers) {
      const c = present.cases.get(a.caseId);
      if (c?.contact?.name === CONTACT.name && c.form_data?.premises === ANSWERS.premises) count.answers++;
      else problems.push(`acknowledged answers of ${a.caseId} are missing`);
    }
    for (const a of acked.upload) {
      const m = present.materials.find((r) => r.file_id === a.fileId && r.case_id === a.caseId);
      const file = m && onDisk.get(m.key);
      const res = await fetch(`${server.origin}/api/files/${a.fileId}`, { headers: { cookie: cookies.get(a.email) } });
      const served = res.ok ? sha256(Buffer.from(await res.arrayBuffer())) : `HTTP ${res.status}`;
      if (m && file && m.sha256 === a.sha256 && sha256(fs.readFileSync(file)) === a.sha256 && served === a.sha256) count.upload++;
      else problems.push(`acknowledged upload ${a.fileId} of ${a.caseId} is missing or differs (served: ${served})`);
    }
    for (const a of acked.submit) {
      const c = present.cases.get(a.caseId);
      if (c && c.state !== 'draft' && c.number === a.number) count.submit++;
      else problems.push(`acknowledged submission ${a.number} (${a.caseId}) is missing`);
    }
    // Nothing half-written, acknowledged or not: a case past draft has its number and time, a material its file.
    for (const c of present.cases.values()) {
      if (c.state !== 'draft' && (!c.number || !c.submitted_at)) problems.push(`case ${c.id} is ${c.state} without a number`);
    }
    for (const m of present.materials) {
      const file = m.storage === 'local' ? onDisk.get(m.key) : null;
      if (!file || sha256(fs.readFileSync(file)) !== m.sha256)
        problems.push(`material file ${m.key} of ${m.case_id} is missing on disk`);
    }
    const referenced = new Set(present.materials.map((m) => m.key));
    const orphans = [...onDisk.keys()].filter((k) => !referenced.has(k));

    const audit = await runScript('scripts/audit-verify.ts', { DATABASE_URL: db.url });
    if (audit.code !== 0) problems.push(`audit chain: ${audit.output}`);

    console.log(
      `\nCrash test: ${APPLICANTS.length} applicants, SIGKILL after ${total} acknowledged writes (${burstSeconds.toFixed(1)} s into the burst)`,
    );
    console.log('  write         acknowledged  present');
    for (const kind of Object.keys(count)) {
      console.log(`  ${kind.padEnd(12)}  ${String(acked[kind].length).padStart(12)}  ${String(count[kind]).padStart(7)}`);
    }
    console.log(
      `  unanswered when killed: ${unanswered}; cases touched: ${present.cases.size}; files without a record (uploads cut off): ${orphans.length}`,
    );
    console.log(`  ${audit.output}`);
    console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  } finally {
    await server?.kill('SIGTERM');
    await db.drop();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(`\n✖ ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
  console.log('\n✓ every acknowledged write survived the crash; nothing half-written; the audit chain verifies');
}

main().catch((error) => {
  console.error(`\n✖ ${error.stack ?? error}`);
  process.exit(1);
});
