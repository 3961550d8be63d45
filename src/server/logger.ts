import pino, { type Logger } from 'pino';

/** JSON lines on stdout; `LOG_LEVEL=silent` in tests. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'affianco' }, redact: ['req.headers.cookie', 'url'] });
}
