/**
 * The text with a picture's Markdown added at its end, on a line of its own; brackets in the
 * description would end the alt text early, so they are dropped.
 *
 * @example withPicture('Il mio banco:', 'Il banco', '/api/community/images/1') // 'Il mio banco:\n\n![Il banco](/api/community/images/1)'
 */
export function withPicture(text: string, alt: string, url: string): string {
  const markdown = `![${alt.replace(/[[\]\n\r]/g, ' ').trim()}](${url})`;
  const before = text.trimEnd();
  return before ? `${before}\n\n${markdown}` : markdown;
}
