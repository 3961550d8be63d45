import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { assignment, businessMember, plan, planAction, planDigestSent, user } from '../../db/schema/index.js';
import { collectDueActions, hasDueActions } from '../../domain/plans/digest.js';
import { ACTION_STATUS_LABELS } from '../../domain/plans/labels.js';
import { isLocale, type TLocale } from '../../shared/locale.js';
import type { TMailer } from '../mail/mailer.js';
import { actionOf } from './plans.js';

interface TDigestLine {
  title: string;
  dueDate: string;
  status: string;
  isOverdue: boolean;
  businessId: string;
}

/**
 * The daily mail of actions due soon or overdue: one mail per person, listing their
 * actions across all the plans they are in (as entrepreneur or as angel). A person gets
 * at most one per day, however many workers run the job or however often it is retried.
 */
export async function sendDueActionDigests(deps: { db: TDb; mailer: TMailer; baseUrl: string }, day: string): Promise<number> {
  const { db } = deps;
  const open = await db.select({ action: planAction, businessId: plan.businessId }).from(planAction).innerJoin(plan, eq(plan.id, planAction.planId)).where(ne(planAction.status, 'done'));
  const byPerson = new Map<string, TDigestLine[]>();
  const businessIds = [...new Set(open.map((o) => o.businessId))];
  if (businessIds.length === 0) return 0;
  const owners = await db.select().from(businessMember).where(inArray(businessMember.businessId, businessIds));
  const angels = await db.select().from(assignment).where(and(inArray(assignment.businessId, businessIds), isNull(assignment.endedAt)));

  for (const businessId of businessIds) {
    const actions = open.filter((o) => o.businessId === businessId).map((o) => actionOf(o.action));
    const due = collectDueActions(actions, { today: day });
    const add = (userId: string, list: typeof due.entrepreneur, isOverdue: boolean) => {
      for (const a of isOverdue ? list.overdue : list.dueSoon) {
        byPerson.set(userId, [...(byPerson.get(userId) ?? []), { title: a.title, dueDate: a.dueDate!, status: a.status, isOverdue, businessId }]);
      }
    };
    if (hasDueActions(due.entrepreneur)) for (const o of owners.filter((x) => x.businessId === businessId)) [true, false].forEach((late) => add(o.userId, due.entrepreneur, late));
    if (hasDueActions(due.angel)) for (const a of angels.filter((x) => x.businessId === businessId)) [true, false].forEach((late) => add(a.angelUserId, due.angel, late));
  }

  let sent = 0;
  for (const [userId, lines] of byPerson) {
    const claimed = await db.insert(planDigestSent).values({ userId, day }).onConflictDoNothing().returning();
    if (claimed.length === 0) continue;
    const [person] = await db.select({ email: user.email, name: user.name, locale: user.locale }).from(user).where(eq(user.id, userId));
    if (!person) continue;
    const locale: TLocale = isLocale(person.locale) ? person.locale : 'it';
    try {
      await deps.mailer.send(digestMail(person.email, person.name, lines, locale, deps.baseUrl));
      sent++;
    } catch (err) {
      // Let the retry send it: the claim goes only with a mail that left.
      await db.delete(planDigestSent).where(and(eq(planDigestSent.userId, userId), eq(planDigestSent.day, day)));
      throw err;
    }
  }
  return sent;
}

function digestMail(to: string, name: string, lines: TDigestLine[], locale: TLocale, baseUrl: string) {
  const it = locale === 'it';
  const fmt = (d: string) => new Intl.DateTimeFormat(it ? 'it-IT' : 'en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/Rome' }).format(new Date(`${d}T12:00:00Z`));
  const late = lines.filter((l) => l.isOverdue);
  const soon = lines.filter((l) => !l.isOverdue);
  const list = (items: TDigestLine[]) => items.map((l) => `- ${l.title} (${fmt(l.dueDate)}, ${ACTION_STATUS_LABELS[l.status as keyof typeof ACTION_STATUS_LABELS][locale]})`).join('\n');
  const text = it
    ? `Ciao ${name},\n\n${late.length ? `Sono scadute:\n${list(late)}\n\n` : ''}${soon.length ? `Scadono nei prossimi giorni:\n${list(soon)}\n\n` : ''}Il piano: ${baseUrl}/piano\n\nUn passo alla volta va benissimo.\nAffianco`
    : `Hello ${name},\n\n${late.length ? `Overdue:\n${list(late)}\n\n` : ''}${soon.length ? `Due in the next few days:\n${list(soon)}\n\n` : ''}The plan: ${baseUrl}/piano\n\nOne step at a time is fine.\nAffianco`;
  return { to, subject: it ? `Le tue azioni del piano (${lines.length})` : `Your plan actions (${lines.length})`, text };
}
