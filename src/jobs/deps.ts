import type { Logger } from 'pino';
import type { TDb } from '../services/system/db.js';
import type { TMailer } from '../services/mail/mailer.js';

export interface TJobDeps {
  db: TDb;
  mailer: TMailer;
  logger: Logger;
  baseUrl: string;
}
