import cliProgress from 'cli-progress';

/** A progress bar on a terminal; silent when output is piped, so logs stay clean. */
export function createProgress(label: string, total: number) {
  if (!process.stderr.isTTY) return { tick: (_step?: string) => {}, update: (_value: number) => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} {step}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { step: '' });
  return {
    tick: (step = '') => bar.increment(1, { step }),
    update: (value: number) => bar.update(value),
    stop: () => bar.stop(),
  };
}
