import { describe, expect, it } from 'vitest';
import { parseWebVtt, plainCueText, transcriptFromCaptions } from './webvtt.js';

const VTT = `WEBVTT - lezione

NOTE scritto a mano

1
00:00:00.000 --> 00:00:02.500 align:start
Ti chiamano e ti offrono
un sito a 99 euro.

00:02.500 --> 00:05.000
<v Franco>Nessuno può garantire il primo posto.</v>
`;

describe('parseWebVtt', () => {
  it('reads cues with or without an identifier, hours and settings', () => {
    const parsed = parseWebVtt(VTT);
    expect(parsed).toEqual({
      ok: true,
      cues: [
        { startMs: 0, endMs: 2500, text: 'Ti chiamano e ti offrono\nun sito a 99 euro.' },
        { startMs: 2500, endMs: 5000, text: '<v Franco>Nessuno può garantire il primo posto.</v>' },
      ],
    });
  });

  it('takes a byte order mark and CRLF line ends', () => {
    expect(parseWebVtt('\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nCiao.\r\n').ok).toBe(true);
  });

  it('refuses other text: SRT, plain text, HTML, and says on which line', () => {
    expect(parseWebVtt('1\n00:00:01,000 --> 00:00:02,000\nCiao\n')).toEqual({ ok: false, problem: 'no_header', line: 1 });
    expect(parseWebVtt('<html><body>no</body></html>')).toMatchObject({ ok: false, problem: 'no_header' });
    expect(parseWebVtt('WEBVTTX\n\n00:01.000 --> 00:02.000\nCiao')).toMatchObject({ ok: false, problem: 'no_header' });
    expect(parseWebVtt('WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nCiao\n')).toEqual({ ok: false, problem: 'bad_timing', line: 3 });
    expect(parseWebVtt('WEBVTT\n\n00:05.000 --> 00:02.000\nAl contrario\n')).toMatchObject({ ok: false, problem: 'bad_timing' });
    expect(parseWebVtt('WEBVTT\n\nsolo testo\nsenza tempi\n')).toMatchObject({ ok: false, problem: 'bad_timing', line: 4 });
    expect(parseWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\n<b></b>\n')).toMatchObject({ ok: false, problem: 'empty_cue' });
    expect(parseWebVtt('WEBVTT\n\nNOTE solo una nota\n')).toMatchObject({ ok: false, problem: 'no_cues' });
  });
});

describe('plainCueText', () => {
  it('takes out tags and decodes entities', () => {
    expect(plainCueText('<v Anna>Ciao <i>a</i> <c.giallo>tutti</c> &amp; <00:00:01.000>benvenuti&nbsp;qui</v>')).toBe('Ciao a tutti & benvenuti qui');
  });

  it('drops a script element with its content, and never leaves a tag behind', () => {
    const text = plainCueText('Prima <script>alert("x")</script>dopo <img src=x onerror=alert(1)> fine <b');
    expect(text).toBe('Prima dopo fine');
    expect(text).not.toMatch(/[<>]|alert/);
  });
});

describe('transcriptFromCaptions', () => {
  it('joins the cues in readable text, without tags, a script stripped', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nCiao <script>fetch("//x")</script>a tutti.\n\n00:02.000 --> 00:04.000\n<v Anna>Oggi parliamo di prezzi.</v>\n';
    expect(transcriptFromCaptions(vtt)).toBe('Ciao a tutti. Oggi parliamo di prezzi.');
  });

  it('starts a new paragraph after a long pause and says a repeated line once', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nPrima parte.\n\n00:02.000 --> 00:03.000\nPrima parte.\n\n00:06.000 --> 00:08.000\nSeconda parte.\n';
    expect(transcriptFromCaptions(vtt)).toBe('Prima parte.\n\nSeconda parte.');
  });

  it('gives nothing for a file that is not WebVTT', () => {
    expect(transcriptFromCaptions('Solo testo')).toBeUndefined();
  });
});
