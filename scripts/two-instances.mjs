#!/usr/bin/env node
// `npm run test:two-instances`: two production servers on one PostgreSQL database (a fresh one
// on the server of TEST_DATABASE_URL), as a deployment behind a load balancer runs them. A
// session made on one works on the other (they share AUTH_SECRET and nothing else), a write
// through one is read through the other, and the obligations sweep started on both at once
// sends each reminder once. Builds first when there is no production build.
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

const PORTS = [Number(process.env.TWO_INSTANCES_PORT ?? 3208), Number(process.env.TWO_INSTANCES_PORT ?? 3208) + 1];
const APPLICANT = 'applicant@onewindow.test';
// The zone's calendar day (UTC+8), which the sweep's due dates are in.
const zoneToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

async function main() {
  const started = Date.now();
  ensureBuild();
  const create = serverActions().get('createDraftAction');
  if (!create?.page) throw new Error('the build has no page serving createDraftAction');
  const db = await freshDatabase('ow_two');
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-two-uploads-'));
  const servers = [];
  const problems = [];
  const check = (ok, message) => {
    if (!ok) problems.push(message);
    console.log(`  ${ok ? '✓' : '✖'} ${message}`);
  };
  try {
    servers.push(
      ...(await Promise.all(
        PORTS.map((port, i) =>
          startServer({
            port,
            databaseUrl: db.url,
            uploadDir,
            label: `instance ${'AB'[i]} (:${port})`,
            // The sweeps under test are the two started below, not the servers' own timers.
            env: { ONEWINDOW_SWEEP: 'off' },
          }),
        ),
      )),
    );
    const [a, b] = servers;
    console.log(`\nTwo instances on one database: A ${a.origin}, B ${b.origin}`);

    // A session made on A is a session on B.
    const cookie = await signIn(a.origin, APPLICANT);
    const onB = await fetch(`${b.origin}/my`, { headers: { cookie }, redirect: 'manual' });
    const strangerOnB = await fetch(`${b.origin}/my`, { redirect: 'manual' });
    check(
      onB.status === 200 && strangerOnB.status >= 300 && strangerOnB.status < 400,
      `A's session opens /my on B (${onB.status}; without it ${strangerOnB.status})`,
    );

    // A write through B, with A's session, is read through A.
    const enterpriseId = await withClient(db.url, async (client) => {
      const { rows } = await client.query(
        `select m.enterprise_id from enterprise_members m join users u on u.id = m.user_id
         join enterprises e on e.id = m.enterprise_id where u.email = $1 and m.status = 'active' and e.status = 'registered' limit 1`,
        [APPLICANT],
      );
      return rows[0].enterprise_id;
    });
    const res = await fetch(`${b.origin}${pagePath(create.page, 'XC-SP-001')}`, {
      method: 'POST',
      headers: {
        'Next-Action': create.id,
        'Content-Type': 'text/plain;charset=UTF-8',
        Accept: 'text/x-component',
        Origin: b.origin,
        cookie,
      },
      body: JSON.stringify([{ serviceCode: 'XC-SP-001', enterpriseId }]),
    });
    const caseId = (await res.text()).match(/"id":"([0-9a-f-]{36})"/)?.[1];
    const draftOnA = caseId ? await fetch(`${a.origin}/my/cases/${caseId}`, { headers: { cookie }, redirect: 'manual' }) : null;
    check(
      !!caseId && draftOnA?.status === 200,
      `a draft created through B is read through A (${draftOnA?.status ?? `action answered ${res.status}`})`,
    );

    // The sweep on both instances at once: every reminder recorded and notified once.
    const owed = await withClient(db.url, async (client) => {
      const { rows } = await client.query(
        `update obligations set due_date = $1 where status in ('open', 'extended') returning id, enterprise_id`,
        [zoneToday()],
      );
      return rows;
    });
    const sweeps = await Promise.all([0, 1].map(() => runScript('scripts/sweep.ts', { DATABASE_URL: db.url })));
    for (const [i, s] of sweeps.entries()) console.log(`  sweep on ${'AB'[i]}: ${s.output.replace(/\n/g, ' ')}`);
    check(
      sweeps.every((s) => s.code === 0),
      'both sweeps finished',
    );
    const sent = await withClient(db.url, async (client) => {
      const reminders = await client.query(
        `select obligation_id, count(*)::int as n from obligation_reminders where obligation_id = any($1) group by 1`,
        [owed.map((o) => o.id)],
      );
      const members = await client.query(
        `select count(*)::int as n from enterprise_members m join obligations o on o.enterprise_id = m.enterprise_id
         where o.id = any($1) and m.status = 'active'`,
        [owed.map((o) => o.id)],
      );
      const notes = await client.query(
        `select user_id, payload->>'obligationId' as obligation, count(*)::int as n from notifications
         where kind = 'obligation_due_today' and payload->>'obligationId' = any($1) group by 1, 2`,
        [owed.map((o) => o.id)],
      );
      return { reminders: reminders.rows, expectedNotes: members.rows[0].n, notes: notes.rows };
    });
    const reminded = sweeps.reduce((sum, s) => sum + Number(s.output.match(/Reminded (\d+)/)?.[1] ?? 0), 0);
    check(
      owed.length > 0 &&
        sent.reminders.length === owed.length &&
        sent.reminders.every((r) => r.n === 1) &&
        reminded === owed.length,
      `${owed.length} obligations due today: ${sent.reminders.length} reminders recorded, ${reminded} reported sent by the two sweeps together`,
    );
    const notified = sent.notes.reduce((sum, r) => sum + r.n, 0);
    check(
      sent.notes.every((r) => r.n === 1) && notified === sent.expectedNotes,
      `${notified} reminder notifications for ${sent.expectedNotes} member-obligation pairs, none twice`,
    );
    console.log(`  ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  } finally {
    await Promise.all(servers.map((s) => s.kill('SIGTERM')));
    await db.drop();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(`\n✖ ${problems.length} check(s) failed`);
    process.exit(1);
  }
  console.log('\n✓ two instances share sessions and data; each reminder went out once');
}

main().catch((error) => {
  console.error(`\n✖ ${error.stack ?? error}`);
  process.exit(1);
});
