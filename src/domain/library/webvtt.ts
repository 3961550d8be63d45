/**
 * WebVTT captions (https://www.w3.org/TR/webvtt1/), read as far as a lesson needs: the
 * "WEBVTT" header, cues with their times and text. Anything else that calls itself
 * captions (SRT, plain text, HTML) is refused, so the <track> of a lesson always loads.
 */

export type TCue = { startMs: number; endMs: number; text: string };

/**
 * Why a captions file is refused: no WEBVTT header, a timing line that cannot be read (or
 * ends before it starts), a cue without text, or no cue at all.
 */
export type TWebVttProblem = 'no_header' | 'bad_timing' | 'empty_cue' | 'no_cues';

export type TWebVttResult = { ok: true; cues: TCue[] } | { ok: false; problem: TWebVttProblem; line: number };

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const ARROW = '-->';

function readTimestamp(raw: string): number | undefined {
  const m = TIMESTAMP.exec(raw);
  if (!m) return undefined;
  return ((Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]);
}

function readTiming(line: string): { startMs: number; endMs: number } | undefined {
  const at = line.indexOf(ARROW);
  if (at < 0) return undefined;
  const start = readTimestamp(line.slice(0, at).trim());
  // After the end time come optional cue settings ("align:start line:0"), separated by spaces.
  const end = readTimestamp(line.slice(at + ARROW.length).trim().split(/[ \t]+/)[0] ?? '');
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { startMs: start, endMs: end };
}

/**
 * Reads a WebVTT file into its cues, or says on which line (1-based) it goes wrong.
 *
 * @example
 *   parseWebVtt('WEBVTT\n\n00:01.000 --> 00:04.000\nCiao a tutti.')
 *   // { ok: true, cues: [{ startMs: 1000, endMs: 4000, text: 'Ciao a tutti.' }] }
 */
export function parseWebVtt(source: string): TWebVttResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return { ok: false, problem: 'no_header', line: 1 };
  const cues: TCue[] = [];
  let i = 1;
  // The header block runs to the first blank line.
  while (i < lines.length && lines[i]!.trim() !== '') i += 1;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i += 1;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
    const first = block[0]!;
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first) && !first.includes(ARROW)) continue;
    // A cue may start with an identifier line; the timing line is then the second.
    const timingAt = first.includes(ARROW) ? 0 : 1;
    const timing = block[timingAt] === undefined ? undefined : readTiming(block[timingAt]!);
    if (!timing) return { ok: false, problem: 'bad_timing', line: blockStart + timingAt + 1 };
    const text = block.slice(timingAt + 1).join('\n');
    if (plainCueText(text) === '') return { ok: false, problem: 'empty_cue', line: blockStart + 1 };
    cues.push({ ...timing, text });
  }
  if (cues.length === 0) return { ok: false, problem: 'no_cues', line: lines.length };
  return { ok: true, cues };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', lrm: '', rlm: '', quot: '"', apos: "'" };

/**
 * A cue's text as a reader reads it: tags (<v Anna>, <i>, <c.yellow>, timestamps) taken out,
 * the words inside an element that is not WebVTT markup (a <script>, a <style>) dropped with it,
 * entities decoded, lines joined.
 *
 * @example plainCueText('<v Anna>Ciao <i>a tutti</i></v>') // 'Ciao a tutti'
 */
export function plainCueText(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<[^>]*>?/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/[<>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A pause this long between two cues starts a new paragraph. */
const PARAGRAPH_PAUSE_MS = 2000;
/** A paragraph is closed at the next full stop once it is this long. */
const PARAGRAPH_CHARS = 320;

/**
 * The transcript of a video from its captions: the cues' plain text in readable paragraphs
 * (a new one after a long pause, or at a full stop once a paragraph is long), blank lines
 * between them. Undefined when the file is not WebVTT.
 *
 * @example transcriptFromCaptions('WEBVTT\n\n00:00.000 --> 00:02.000\nCiao.\n\n00:02.000 --> 00:04.000\nOggi parliamo di prezzi.')
 * // 'Ciao. Oggi parliamo di prezzi.'
 */
export function transcriptFromCaptions(vtt: string): string | undefined {
  const parsed = parseWebVtt(vtt);
  if (!parsed.ok) return undefined;
  const paragraphs: string[][] = [[]];
  let lastEnd = 0;
  let lastText = '';
  for (const cue of parsed.cues) {
    const text = plainCueText(cue.text);
    // Rolling captions repeat the previous line: it is said once.
    if (text === '' || text === lastText) continue;
    const current = paragraphs[paragraphs.length - 1]!;
    const length = current.join(' ').length;
    const isPause = current.length > 0 && cue.startMs - lastEnd >= PARAGRAPH_PAUSE_MS;
    const isLongAtStop = length >= PARAGRAPH_CHARS && /[.!?…]["»”]?$/.test(current[current.length - 1] ?? '');
    if (isPause || isLongAtStop) paragraphs.push([text]);
    else current.push(text);
    lastEnd = cue.endMs;
    lastText = text;
  }
  return paragraphs
    .filter((p) => p.length > 0)
    .map((p) => p.join(' '))
    .join('\n\n');
}
