// Runs the big-plan app (see big-plan.ts) until SIGTERM, after printing one line of JSON with
// its address, the business, the plan and the angel's cookie. Started by big-plan-process.ts.
import { startWithBigPlan } from './big-plan.js';

const app = await startWithBigPlan();
process.stdout.write(`${JSON.stringify({ url: app.server.url, businessId: app.businessId, planId: app.planId, cookie: app.cookie })}\n`);
process.once('SIGTERM', () => {
  void app.stop().then(() => process.exit(0));
});
