/** What the thread page gives the follow button. */
export type TFollowButtonProps = { threadSlug: string; following: boolean };

/** Follow or stop following a thread; filled in by the notifications work (issue 13, point 3). */
export function FollowButton(_props: TFollowButtonProps) {
  return null;
}
