import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { makeSportello } from '../../test/factories.js';
import { generateNational, TGenerateError, type TGenerateReport } from './generate-national.js';

const AS_OF = new Date('2026-12-01T00:00:00Z');
const options = { businesses: 2000, angels: 100, seed: 42, asOf: AS_OF, batchSize: 700 };

let first: TTestDatabase;
let second: TTestDatabase;
let report: TGenerateReport;
beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  report = await generateNational(first.db, options);
}, 120_000);
afterAll(async () => {
  await Promise.all([first?.drop(), second?.drop()]);
});

async function count(t: TTestDatabase, sql: string): Promise<number> {
  const { rows } = await t.pool.query<{ n: string }>(sql);
  return Number(rows[0]!.n);
}

describe('generateNational', () => {
  it('writes the businesses, their owners and the angels', async () => {
    expect(await count(first, `select count(*) n from business`)).toBe(2000);
    expect(await count(first, `select count(*) n from business_member`)).toBe(2000);
    expect(await count(first, `select count(*) n from angel_profile`)).toBe(100);
    expect(await count(first, `select count(*) n from "user" where email like 'impresa-%@generato.affianco.test'`)).toBe(2000);
    expect(await count(first, `select count(*) n from "user" where email like 'angelo-%@generato.affianco.test'`)).toBe(100);
    expect(await count(first, `select count(*) n from account`)).toBe(0);
    expect(report.counts.business).toBe(2000);
    expect(report.sportelliCreated).toBe(20);
    for (const table of ['intake_request', 'checkup', 'assignment', 'meeting', 'plan', 'plan_goal', 'plan_action', 'availability_rule']) {
      expect(await count(first, `select count(*) n from ${table}`), table).toBeGreaterThan(0);
      expect(report.counts[table]).toBe(await count(first, `select count(*) n from ${table}`));
    }
    // Some check-ups have a T1, all submitted ones a result.
    expect(await count(first, `select count(*) n from checkup where round = 2 and status = 'submitted'`)).toBeGreaterThan(0);
    expect(await count(first, `select count(*) n from checkup where status = 'submitted' and (result is null or region_code is null)`)).toBe(0);
  });

  it('routes every business and request to the sportello serving its province', async () => {
    expect(await count(first, `select count(*) n from sportello where slug like 'generato-%'`)).toBe(20);
    expect(await count(first, `select count(*) n from sportello_province`)).toBe(107);
    expect(await count(first, `select count(*) n from membership m join "user" u on u.id = m.user_id where m.role = 'coordinator' and u.email like 'coordinatore-%'`)).toBe(20);
    const wrong = `select count(*) n from business b join comune c on c.istat = b.comune_istat
      left join sportello_province sp on sp.province_code = c.province_code where b.sportello_id is distinct from sp.sportello_id`;
    expect(await count(first, wrong)).toBe(0);
    expect(await count(first, `select count(*) n from intake_request i join business b on b.id = i.business_id where i.sportello_id is distinct from b.sportello_id`)).toBe(0);
    expect(await count(first, `select count(*) n from assignment a join angel_profile p on p.user_id = a.angel_user_id where p.sportello_id <> a.sportello_id or p.status <> 'qualified'`)).toBe(0);
    expect(await count(first, `select count(*) n from angel_profile p join membership m on m.user_id = p.user_id and m.role = 'angel' and m.sportello_id = p.sportello_id`)).toBe(100);
  });

  it('keeps the facts plausible: micro firms, population, capacity', async () => {
    expect(await count(first, `select count(*) n from business where employees < 10`)).toBeGreaterThan(1800);
    // Rome is the largest comune, Lombardy the largest sportello.
    const { rows } = await first.pool.query(`select comune_istat from business group by 1 order by count(*) desc limit 1`);
    expect(rows[0].comune_istat).toBe('058091');
    const over = `select count(*) n from (select angel_user_id, count(*) k from assignment group by 1) a join angel_profile p on p.user_id = a.angel_user_id where a.k > p.capacity`;
    expect(await count(first, over)).toBe(0);
    expect(await count(first, `select count(*) n from meeting where status <> 'booked' and starts_at > '2026-12-01'`)).toBe(0);
  });

  it('gives the same data for the same seed', async () => {
    await generateNational(second.db, { ...options, batchSize: 2000 });
    const sample = `select b.id, b.name, b.comune_istat, b.employees, b.annual_turnover_eur, u.email, s.slug,
        (select json_agg(json_build_object('round', c.round, 'result', c.result) order by c.round) from checkup c where c.business_id = b.id) as checkups,
        (select count(*) from plan_goal g join plan p on p.id = g.plan_id where p.business_id = b.id) as goals
      from business b join business_member m on m.business_id = b.id join "user" u on u.id = m.user_id left join sportello s on s.id = b.sportello_id
      order by b.id limit 200`;
    const [a, b] = await Promise.all([first.pool.query(sample), second.pool.query(sample)]);
    expect(b.rows).toEqual(a.rows);
    const angels = `select user_id, skills, sectors, capacity, base_comune_istat from angel_profile order by user_id`;
    expect((await second.pool.query(angels)).rows).toEqual((await first.pool.query(angels)).rows);
  }, 120_000);

  it('refuses a database that already has generated data, changing nothing', async () => {
    await expect(generateNational(first.db, options)).rejects.toBeInstanceOf(TGenerateError);
    expect(await count(first, `select count(*) n from business`)).toBe(2000);
  });
});

describe('generateNational on a database with sportelli', () => {
  let t: TTestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('reuses their coverage and leaves uncovered provinces without a sportello', async () => {
    const milano = await makeSportello(t.db, ['015', '108']);
    const r = await generateNational(t.db, { businesses: 500, angels: 20, seed: 1, asOf: AS_OF });
    expect(r.sportelliCreated).toBe(0);
    const { rows } = await t.pool.query(
      `select count(*) filter (where b.sportello_id = $1) mine, count(*) filter (where b.sportello_id is null and c.province_code not in ('015','108')) unserved,
              count(*) filter (where b.sportello_id is null and c.province_code in ('015','108')) missed
         from business b join comune c on c.istat = b.comune_istat`,
      [milano.id],
    );
    expect(Number(rows[0].mine)).toBeGreaterThan(0);
    expect(Number(rows[0].unserved)).toBeGreaterThan(0);
    expect(Number(rows[0].missed)).toBe(0);
  });
});
