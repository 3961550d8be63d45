import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { business, fundingAlertSent, fundingCall, fundingFollow, user } from '../../../db/schema/index.js';
import { dueAlerts, type TAlertKind } from '../../../domain/funding/alerts.js';
import { addDays, daysBetween, romeDayOf } from '../../../domain/funding/rome-day.js';
import { formatDay, onDay as onItalianDay } from '../../../shared/funding-messages.js';
import { isLocale, type TLocale } from '../../../shared/locale.js';
import { listUnsubscribeHeaders } from '../../mail/list-unsubscribe.js';
import type { TMailer, TOutgoingMail } from '../../mail/mailer.js';
import { attributionLine, latestSnapshotDate } from '../attribution.js';
import { fundingMailT } from './funding-mail-text.js';
import { ensureFundingSubscriber, fundingUnsubscribeUrl } from './subscriber.js';

export interface TFundingMailDeps {
  db: TDb;
  mailer: TMailer;
  baseUrl: string;
}

interface TAlertLine {
  userId: string;
  email: string;
  name: string;
  locale: TLocale;
  businessId: string;
  businessName: string;
  callId: string;
  title: string;
  slug: string;
  opensDay: string | null;
  closesDay: string | null;
  /** The catalogue's snapshot day for its source line ('' when unknown); null for a sportello's own call. */
  attribution: string | null;
}

/**
 * The alerts of the followed calls due on `day` (Rome): it opens, 14 days and 3 days before
 * it closes. Each goes once per person, business and call, however many instances run the
 * job or however often it is retried: the claim is a unique row, and a mail that fails
 * gives its claim back for the retry.
 *
 * @example await sendFundingAlerts({ db, mailer, baseUrl }, '2026-04-16'); // 3
 */
export async function sendFundingAlerts(deps: TFundingMailDeps, day: string): Promise<number> {
  const { db } = deps;
  const rows = await db
    .select({
      userId: fundingFollow.userId,
      followedAt: fundingFollow.createdAt,
      email: user.email,
      name: user.name,
      locale: user.locale,
      businessId: business.id,
      businessName: business.name,
      callId: fundingCall.id,
      title: fundingCall.title,
      slug: fundingCall.slug,
      source: fundingCall.source,
      opensDay: fundingCall.opensDay,
      closesDay: fundingCall.closesDay,
    })
    .from(fundingFollow)
    .innerJoin(fundingCall, eq(fundingCall.id, fundingFollow.callId))
    .innerJoin(business, eq(business.id, fundingFollow.businessId))
    .innerJoin(user, eq(user.id, fundingFollow.userId))
    .where(
      and(
        isNull(fundingCall.missingSince),
        or(and(gte(fundingCall.opensDay, addDays(day, -14)), lte(fundingCall.opensDay, day)), and(gte(fundingCall.closesDay, day), lte(fundingCall.closesDay, addDays(day, 14)))),
      ),
    );
  const snapshotDate = rows.length ? await latestSnapshotDate(db) : null;
  let sent = 0;
  for (const row of rows) {
    const due = dueAlerts({ opensDay: row.opensDay, closesDay: row.closesDay, followedDay: romeDayOf(row.followedAt) }, day);
    if (due.length === 0) continue;
    const subscriber = await ensureFundingSubscriber(db, row.userId);
    if (!subscriber.alerts) continue;
    const key = `${row.callId}:${row.businessId}`;
    const claimed = await db
      .insert(fundingAlertSent)
      .values(due.map((kind) => ({ userId: row.userId, kind, key })))
      .onConflictDoNothing()
      .returning({ kind: fundingAlertSent.kind });
    if (claimed.length === 0) continue;
    const kinds = claimed.map((c) => c.kind as TAlertKind);
    const line: TAlertLine = { ...row, locale: isLocale(row.locale) ? row.locale : 'it', attribution: row.source === 'incentivi' ? snapshotDate ?? '' : null };
    try {
      await deps.mailer.send(alertMail(line, kinds.includes('opens') ? 'opens' : kinds.includes('closes_3') ? 'closes_3' : 'closes_14', day, deps.baseUrl, subscriber.unsubscribeToken));
      sent++;
    } catch (err) {
      await db.delete(fundingAlertSent).where(and(eq(fundingAlertSent.userId, row.userId), eq(fundingAlertSent.key, key), inArray(fundingAlertSent.kind, kinds)));
      throw err;
    }
  }
  return sent;
}

/** The day in words with its article ("il 31 dicembre 2026", "l’8 marzo 2026"). */
function onDay(day: string, locale: TLocale): string {
  return locale === 'en' ? `on ${formatDay(day, 'en')}` : onItalianDay('il', day);
}

function alertMail(line: TAlertLine, kind: TAlertKind, today: string, baseUrl: string, token: string): TOutgoingMail {
  const t = fundingMailT(line.locale);
  const url = `${baseUrl}/bandi/${line.slug}`;
  const stopUrl = fundingUnsubscribeUrl(baseUrl, token);
  let subject: string;
  let body: string[];
  if (kind === 'opens') {
    subject = t('opensSubject', { title: line.title });
    body = [t('opensBody', { business: line.businessName }), line.closesDay ? t('until', { day: onDay(line.closesDay, line.locale) }) : t('rolling')];
  } else {
    const left = line.closesDay ? daysBetween(today, line.closesDay) : 0;
    subject = left === 0 ? t('closesTodaySubject', { title: line.title }) : t(kind === 'closes_3' ? 'closes3Subject' : 'closes14Subject', { count: left, title: line.title });
    body = [left === 0 ? t('closesToday', { business: line.businessName, day: formatDay(line.closesDay!, line.locale) }) : t('closesBody', { count: left, business: line.businessName, day: onDay(line.closesDay!, line.locale) }), t('closesAdvice')];
  }
  const source = line.attribution === null ? [] : [attributionLine(line.attribution || null, line.locale)];
  const text = [t('hello', { name: line.name }), '', ...body, '', t('look', { url }), '', t('bye'), '', '--', ...source, t('why'), t('stop', { url: stopUrl })].join('\n');
  return { to: line.email, subject, text, headers: listUnsubscribeHeaders(stopUrl, baseUrl, token) };
}

/** For the digest's list: the closing in words. */
export function closingWords(closesDay: string | null, locale: TLocale): string {
  return closesDay ? fundingMailT(locale)('until', { day: onDay(closesDay, locale) }) : fundingMailT(locale)('rolling');
}

