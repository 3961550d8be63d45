import type { Context } from 'hono';
import { followUpWarningsMail } from '../../../services/traps/follow-up-mail.js';
import type { TRequestWarning } from '../../../services/traps/request-warnings.js';
import type { TAppEnv } from '../../context.js';

/**
 * After an ascolto is stored: when its words speak of a known trap and the person left an
 * e-mail, they get "Attenzione a" by mail. A mail that cannot leave never undoes the ascolto.
 */
export async function mailWarnings(c: Context<TAppEnv>, body: { contact: { email?: string | null }; locale: 'it' | 'en' }, warnings: readonly TRequestWarning[]): Promise<void> {
  const to = body.contact.email?.trim();
  if (!to || !warnings.length) return;
  const { mailer, logger, config } = c.get('deps');
  try {
    await mailer.send(followUpWarningsMail(to, warnings, config.baseUrl, body.locale));
  } catch (err) {
    logger.warn({ err }, 'the "Attenzione a" mail after an ascolto could not be sent');
  }
}
