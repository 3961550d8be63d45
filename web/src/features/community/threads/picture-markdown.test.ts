import { describe, expect, it } from 'vitest';
import { withPicture } from './picture-markdown';

describe('a picture added to a post’s text', () => {
  it('goes on its own line at the end, or alone in an empty text', () => {
    expect(withPicture('Il mio banco:  \n', 'Il banco del pane', '/api/community/images/1')).toBe('Il mio banco:\n\n![Il banco del pane](/api/community/images/1)');
    expect(withPicture('', 'Il banco', '/api/community/images/1')).toBe('![Il banco](/api/community/images/1)');
  });

  it('keeps brackets and line breaks out of the description, so the Markdown stays an image', () => {
    expect(withPicture('', ' Il [nuovo]\nbanco ', '/x')).toBe('![Il  nuovo  banco](/x)');
  });
});
