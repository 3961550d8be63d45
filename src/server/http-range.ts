/**
 * One byte range of an HTTP `Range` header against a file of `size` bytes (RFC 9110 §14).
 * Several ranges, another unit or a header that cannot be read are answered with the whole
 * file, as the RFC allows; a range that starts past the end cannot be satisfied (416).
 */
export type TRangeAnswer = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * @example byteRange('bytes=0-99', 1000)  // { kind: 'part', start: 0, end: 99 }
 * @example byteRange('bytes=-100', 1000)  // { kind: 'part', start: 900, end: 999 }
 * @example byteRange('bytes=5000-', 1000) // { kind: 'unsatisfiable' }
 */
export function byteRange(header: string | undefined, size: number): TRangeAnswer {
  if (!header) return { kind: 'whole' };
  const m = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/i.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return { kind: 'whole' };
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end };
}
