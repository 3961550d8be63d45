// A running app on a fresh embedded PostgreSQL with one big relaunch plan (50 goals, 500 actions,
// 200 meeting-log entries) followed by an assigned angel: what the plan benchmarks measure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase } from '../../src/db/client.js';
import { assignment, plan, planAction, planGoal, planLogEntry } from '../../src/db/schema/index.js';
import { startEmbeddedPostgres } from '../../src/db/embedded/supervisor.js';
import { startServer } from '../../src/server/start.js';
import { bootstrapDatabase } from '../../src/services/system/bootstrap-database.js';
import { makeAngel, makeBusiness, makeSportello, makeUser, TEST_PASSWORD } from '../../src/test/factories.js';
import { signInOverHttp } from '../../src/test/http.js';

export async function startWithBigPlan() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-bench-'));
  fs.chmodSync(dir, 0o755);
  const pgServer = await startEmbeddedPostgres({ dataDir: dir });
  await bootstrapDatabase(pgServer.url, { seedDemo: false });
  const { db, close } = openDatabase(pgServer.url);
  const server = await startServer({ databaseUrl: pgServer.url, port: 0, host: '127.0.0.1', logger: pino({ level: 'silent' }), runJobs: false, authLimits: { signIn: 1000, magicLink: 1000 } });

  const desk = await makeSportello(db, ['098']);
  const owner = await makeUser(db);
  const biz = await makeBusiness(db, owner.id, desk.id, '098031');
  const angel = await makeAngel(db, desk.id);
  await db.insert(assignment).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id });
  const [p] = await db.insert(plan).values({ businessId: biz.id }).returning();
  const goals = await db
    .insert(planGoal)
    .values(Array.from({ length: 50 }, (_, i) => ({ planId: p!.id, title: `Obiettivo ${i + 1}`, indicatorName: 'clienti', unit: 'clienti', baseline: 10, target: 30, current: 10 + (i % 20), byDate: '2027-06-30' })))
    .returning();
  const actions = await db
    .insert(planAction)
    .values(Array.from({ length: 500 }, (_, i) => ({ planId: p!.id, goalId: goals[i % 50]!.id, title: `Azione ${i + 1}`, owner: i % 2 ? ('angel' as const) : ('entrepreneur' as const), dueDate: '2027-01-15', status: (['todo', 'doing', 'done', 'blocked'] as const)[i % 4] })))
    .returning();
  await db.insert(planLogEntry).values(Array.from({ length: 200 }, (_, i) => ({ planId: p!.id, date: '2026-10-01', mode: 'phone' as const, durationMinutes: 30, notes: `Incontro ${i + 1}: abbiamo parlato di prezzi e di clienti.`, decisions: 'Proviamo', nextSteps: ['Chiamare il fornitore'], hours: 0.5 })));
  const cookie = await signInOverHttp(server.url, angel.email, TEST_PASSWORD);

  return {
    server,
    businessId: biz.id,
    planId: p!.id,
    actions,
    cookie,
    async stop() {
      await server.close();
      await close();
      await pgServer.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
