/**
 * Runs HiGHS (the `highs` npm package) on one LP file and prints one JSON line: status,
 * objective, wall and CPU time. A child of bench.ts, so that HiGHS running out of memory is a
 * result, not a crash of the bench.
 *
 *   node --import tsx bench/assign/highs-run.ts FILE.lp
 */
import fs from 'node:fs';

type THighs = { solve: (lp: string, o?: Record<string, unknown>) => { Status: string; ObjectiveValue: number } };
const loader = (await import('highs')) as unknown as { default: () => Promise<THighs> };
const highs = await loader.default();
const lp = fs.readFileSync(process.argv[2]!, 'utf8');
const start = performance.now();
const cpu0 = process.cpuUsage();
const cpuMs = () => {
  const c = process.cpuUsage(cpu0);
  return (c.user + c.system) / 1000;
};
try {
  const sol = highs.solve(lp);
  console.log(JSON.stringify({ status: sol.Status, objective: sol.ObjectiveValue, ms: performance.now() - start, cpuMs: cpuMs(), maxRssKb: process.resourceUsage().maxRSS }));
} catch (err) {
  console.log(JSON.stringify({ status: 'error', error: String(err), ms: performance.now() - start, cpuMs: cpuMs(), maxRssKb: process.resourceUsage().maxRSS }));
}
