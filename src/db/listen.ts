import pg from 'pg';

export interface TListenOptions {
  url: string;
  channel: string;
  onNotify(payload: string | undefined): void;
  /**
   * Called after the subscription came back from a drop: notifications sent while
   * it was down are lost, so the listener reloads what it keeps.
   */
  onResubscribed(): void;
  /** Called when the connection drops, before any retry. */
  onLost?(): void;
  log?: (message: string, err?: Error) => void;
  /** First retry delay; doubled on each failure up to `maxDelayMs`. */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface TListener {
  /** Resolves once the first subscription is in place (or keeps retrying in the background). */
  ready: Promise<void>;
  isListening(): boolean;
  stop(): Promise<void>;
}

/**
 * A LISTEN on its own connection that outlives the database: when the connection
 * drops (restart, fail-over, killed server) it subscribes again with capped backoff,
 * for as long as it takes, and then calls `onResubscribed`.
 *
 * @example
 *   const l = listenForever({ url, channel: 'affianco_comuni_changed', onNotify: reload, onResubscribed: reload });
 *   await l.stop();
 */
export function listenForever(options: TListenOptions): TListener {
  const initial = options.initialDelayMs ?? 250;
  const cap = options.maxDelayMs ?? 5000;
  let client: pg.Client | undefined;
  let stopped = false;
  let listening = false;
  let everListened = false;
  let delay = initial;
  let timer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const scheduleRetry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, cap);
  };

  const lost = (current: pg.Client, err?: Error) => {
    if (client !== current) return;
    client = undefined;
    const wasListening = listening;
    listening = false;
    void current.end().catch(() => {});
    if (stopped) return;
    if (wasListening) {
      options.log?.(`lost the LISTEN connection for ${options.channel}; subscribing again`, err);
      options.onLost?.();
    }
    scheduleRetry();
  };

  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 3000, keepAlive: true });
    client = next;
    next.on('notification', (n) => {
      if (n.channel === options.channel) options.onNotify(n.payload);
    });
    next.on('error', (err) => lost(next, err));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      await next.query(`listen ${pg.escapeIdentifier(options.channel)}`);
    } catch (err) {
      lost(next, err as Error);
      return;
    }
    if (stopped || client !== next) return;
    listening = true;
    delay = initial;
    if (everListened) {
      options.log?.(`listening again on ${options.channel}`);
      options.onResubscribed();
    }
    everListened = true;
    markReady();
  };

  void connect();
  return {
    ready,
    isListening: () => listening,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const current = client;
      client = undefined;
      listening = false;
      markReady();
      await current?.end().catch(() => {});
    },
  };
}
