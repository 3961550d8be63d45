import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { business, businessMember, fundingAlertSent, fundingCall, fundingSubscriber, user } from '../../../db/schema/index.js';
import { isoWeekOf } from '../../../domain/funding/alerts.js';
import { checkEligibility } from '../../../domain/funding/check-eligibility.js';
import { isLocale, type TLocale } from '../../../shared/locale.js';
import { listUnsubscribeHeaders } from '../../mail/list-unsubscribe.js';
import type { TOutgoingMail } from '../../mail/mailer.js';
import { fundingBusinessOf } from '../business-facts.js';
import { attributionLine, latestSnapshotDate } from '../attribution.js';
import { callOfRow, rulesByCall } from '../call-store.js';
import { loadFundingGeography } from '../check-calls.js';
import { fundingMailT } from './funding-mail-text.js';
import { closingWords, type TFundingMailDeps } from './send-alerts.js';
import { ensureFundingSubscriber, fundingUnsubscribeUrl } from './subscriber.js';

/** At most this many calls in one digest; the link leads to all of them. */
const MAX_LISTED = 10;

interface TFitCall {
  title: string;
  slug: string;
  closesDay: string | null;
  verdict: 'eligible' | 'to_verify';
  source: string;
}

/**
 * The weekly mail of new calls that fit: for each entrepreneur and business, the calls added to
 * the catalogue (or a sportello's own) since their last digest, at most a week back, still open
 * or upcoming, that the business may apply for or should verify. Sent once per ISO week, person
 * and business across instances; nothing is sent when nothing new fits, or to whoever turned
 * the digest off.
 *
 * @example await sendFundingDigests({ db, mailer, baseUrl }, '2026-12-07'); // 2
 */
export async function sendFundingDigests(deps: TFundingMailDeps, day: string, now = new Date()): Promise<number> {
  const { db } = deps;
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const fresh = await db
    .select()
    .from(fundingCall)
    .where(and(isNull(fundingCall.missingSince), gte(fundingCall.createdAt, weekAgo), or(isNull(fundingCall.closesDay), gte(fundingCall.closesDay, day))));
  if (fresh.length === 0) return 0;
  const { regionByProvince } = await loadFundingGeography();
  const owners = await db
    .select({ userId: user.id, email: user.email, name: user.name, locale: user.locale, business })
    .from(businessMember)
    .innerJoin(business, eq(business.id, businessMember.businessId))
    .innerJoin(user, eq(user.id, businessMember.userId))
    .leftJoin(fundingSubscriber, eq(fundingSubscriber.userId, user.id))
    .where(or(isNull(fundingSubscriber.userId), eq(fundingSubscriber.digest, true)));
  const week = isoWeekOf(day);
  const snapshotDate = await latestSnapshotDate(db);
  let sent = 0;
  for (const owner of owners) {
    const facts = fundingBusinessOf(owner.business, regionByProvince);
    if (!facts) continue;
    const subscriber = await ensureFundingSubscriber(db, owner.userId);
    const since = subscriber.lastDigestAt && subscriber.lastDigestAt > weekAgo ? subscriber.lastDigestAt : weekAgo;
    const candidates = fresh.filter((row) => row.createdAt > since && (row.sportelloId === null || row.sportelloId === owner.business.sportelloId));
    if (candidates.length === 0) continue;
    const rules = await rulesByCall(db, candidates.map((c) => c.id), owner.business.sportelloId);
    const locale: TLocale = isLocale(owner.locale) ? owner.locale : 'it';
    const fits: TFitCall[] = [];
    for (const row of candidates) {
      const { verdict } = checkEligibility(facts, callOfRow(row, rules.get(row.id)), day, locale);
      if (verdict !== 'not_eligible') fits.push({ title: row.title, slug: row.slug, closesDay: row.closesDay, verdict, source: row.source });
    }
    if (fits.length === 0) continue;
    const key = `${week}:${owner.business.id}`;
    const claimed = await db.insert(fundingAlertSent).values({ userId: owner.userId, kind: 'digest', key }).onConflictDoNothing().returning({ id: fundingAlertSent.id });
    if (claimed.length === 0) continue;
    fits.sort((a, b) => (a.verdict === b.verdict ? (a.closesDay ?? '9999').localeCompare(b.closesDay ?? '9999') : a.verdict === 'eligible' ? -1 : 1));
    try {
      await deps.mailer.send(digestMail({ email: owner.email, name: owner.name, locale, businessName: owner.business.name }, fits, deps.baseUrl, subscriber.unsubscribeToken, snapshotDate));
      sent++;
    } catch (err) {
      await db.delete(fundingAlertSent).where(eq(fundingAlertSent.id, claimed[0]!.id));
      throw err;
    }
    await db.update(fundingSubscriber).set({ lastDigestAt: sql`now()` }).where(eq(fundingSubscriber.userId, owner.userId));
  }
  return sent;
}

function digestMail(to: { email: string; name: string; locale: TLocale; businessName: string }, fits: TFitCall[], baseUrl: string, token: string, snapshotDate: string | null): TOutgoingMail {
  const t = fundingMailT(to.locale);
  const stopUrl = fundingUnsubscribeUrl(baseUrl, token);
  const listed = fits.slice(0, MAX_LISTED).map((f) => `- ${f.title} (${t(f.verdict === 'eligible' ? 'verdictEligible' : 'verdictToVerify')}). ${closingWords(f.closesDay, to.locale)}\n  ${baseUrl}/bandi/${f.slug}`);
  const text = [
    t('hello', { name: to.name }),
    '',
    t('digestIntro', { count: fits.length, business: to.businessName }),
    '',
    ...listed,
    '',
    t('digestAll', { url: `${baseUrl}/bandi` }),
    '',
    t('bye'),
    '',
    '--',
    ...(fits.some((f) => f.source === 'incentivi') ? [attributionLine(snapshotDate, to.locale)] : []),
    t('why'),
    t('stop', { url: stopUrl }),
  ].join('\n');
  return { to: to.email, subject: t('digestSubject', { count: fits.length, business: to.businessName }), text, headers: listUnsubscribeHeaders(stopUrl, baseUrl, token) };
}
