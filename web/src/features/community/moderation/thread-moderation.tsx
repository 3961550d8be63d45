/** What the thread page gives the moderators' tools for the whole thread. */
export type TThreadModerationProps = {
  threadSlug: string;
  thread: { id: string; isLocked: boolean; slowModeSeconds: number | null; area: string };
  onChanged: () => void;
};

/** Lock, move, slow mode for a thread; shown to its moderators only, filled in by the moderation work. */
export function ThreadModeration(_props: TThreadModerationProps) {
  return null;
}
