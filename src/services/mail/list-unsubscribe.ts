/**
 * List-Unsubscribe (https and mailto) with one-click POST (RFC 8058), as mail programs expect.
 * @example listUnsubscribeHeaders('https://affianco.it/api/funding/unsubscribe/abc', 'https://affianco.it', 'abc');
 */
export function listUnsubscribeHeaders(unsubscribeUrl: string, baseUrl: string, token: string): Record<string, string> {
  const host = new URL(baseUrl).hostname;
  return {
    'List-Unsubscribe': `<${unsubscribeUrl}>, <mailto:unsubscribe@${host}?subject=unsubscribe%20${token}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
