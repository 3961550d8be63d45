/** What the thread page gives each post's actions (report, edit, delete, moderate). */
export type TPostActionsProps = {
  threadSlug: string;
  post: { id: string; position: number; isMine: boolean; isDeleted: boolean; isHidden: boolean };
  /** The viewer may moderate this thread. */
  canModerate: boolean;
  /** Called after a change, so the page reloads the thread. */
  onChanged: () => void;
};

/** A post's actions beyond replying; filled in by the moderation work (issue 13, point 9). */
export function PostActions(_props: TPostActionsProps) {
  return null;
}
