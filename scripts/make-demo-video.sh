#!/usr/bin/env bash
# Makes the demo video of the lesson "Il sito a 99 euro" (resources/media/): slides drawn by
# ffmpeg's drawtext, Italian narration by espeak-ng, H.264 + AAC at 640x360, a poster PNG and
# the WebVTT captions, whose text is the narration below and whose times are the narration's.
#
# Run by hand, once, when the video should change: `bash scripts/make-demo-video.sh`.
# It is NOT run at install nor in CI (neither needs ffmpeg): the results are committed and the
# demo seed reads them from resources/media/.
# Needs: ffmpeg (with libx264 and drawtext), espeak-ng, sox (soxi), the DejaVu fonts.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/resources/media"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

# One slide per line: the title on the slide | the words under it | the narration (the caption).
slides=(
  "Il sito a 99 euro|Riconosci la trappola|Ti chiamano e ti offrono un sito a 99 euro, con il primo posto su Google garantito."
  "Attenzione|Nessuno può garantire il primo posto su Google.|Attenzione: nessuno può garantire il primo posto su Google."
  "Il prezzo nascosto|99 euro al mese, per 4 anni: quasi 4.800 euro.|Spesso sono 99 euro al mese, per quattro anni. In tutto, quasi 4.800 euro."
  "Prima di firmare, chiedi|Quanto pago in tutto? Quanto dura? Il sito è mio?|Prima di firmare, chiedi: quanto pago in tutto? Quanto dura? Il sito è intestato a me?"
  "Risposte vaghe?|Non firmare. Porta le carte allo sportello.|Se le risposte sono vaghe, non firmare. Porta le carte al tuo sportello."
)
# What espeak-ng reads where the caption's figures would be read badly.
spoken=(
  "Ti chiamano e ti offrono un sito a novantanove euro, con il primo posto su Google garantito."
  "Attenzione: nessuno può garantire il primo posto su Google."
  "Spesso sono novantanove euro al mese, per quattro anni. In tutto, quasi quattromilaottocento euro."
  "Prima di firmare, chiedi: quanto pago in tutto? Quanto dura? Il sito è intestato a me?"
  "Se le risposte sono vaghe, non firmare. Porta le carte al tuo sportello."
)

vtt="$out/il-sito-a-99-euro.it.vtt"
printf 'WEBVTT\n\n' > "$work/captions.vtt"
: > "$work/list.txt"
start=0
stamp() { awk -v t="$1" 'BEGIN { h=int(t/3600); m=int((t-h*3600)/60); s=t-h*3600-m*60; printf "%02d:%02d:%06.3f", h, m, s }'; }

for i in "${!slides[@]}"; do
  IFS='|' read -r title line caption <<< "${slides[$i]}"
  espeak-ng -v it -s 150 -w "$work/voice-$i.wav" "${spoken[$i]}"
  # Half a second of quiet after each sentence, so a slide does not cut the voice.
  sox "$work/voice-$i.wav" -r 44100 -c 1 "$work/say-$i.wav" pad 0.2 0.5
  dur="$(soxi -D "$work/say-$i.wav")"
  printf '%s' "$title" > "$work/title-$i.txt"
  printf '%s' "$line" > "$work/line-$i.txt"
  ffmpeg -loglevel error -y -f lavfi -i "color=c=0x1f3a5f:s=640x360:r=12:d=$dur" -i "$work/say-$i.wav" \
    -vf "drawtext=fontfile=$bold:textfile=$work/title-$i.txt:fontcolor=white:fontsize=34:x=(w-text_w)/2:y=120,drawtext=fontfile=$font:textfile=$work/line-$i.txt:fontcolor=0xffd166:fontsize=20:x=(w-text_w)/2:y=190,drawtext=fontfile=$font:text='Affianco · Metodo Pop':fontcolor=0xc8d3e0:fontsize=14:x=20:y=h-30" \
    -c:v libx264 -preset veryslow -crf 30 -pix_fmt yuv420p -tune stillimage -c:a aac -b:a 48k -ar 44100 -ac 1 -shortest "$work/slide-$i.mp4"
  end="$(awk -v a="$start" -v b="$dur" 'BEGIN { printf "%.3f", a + b - 0.4 }')"
  printf '%s\n%s --> %s\n%s\n\n' "$((i + 1))" "$(stamp "$start")" "$(stamp "$end")" "$caption" >> "$work/captions.vtt"
  start="$(awk -v a="$start" -v b="$dur" 'BEGIN { printf "%.3f", a + b }')"
  echo "file '$work/slide-$i.mp4'" >> "$work/list.txt"
done

ffmpeg -loglevel error -y -f concat -safe 0 -i "$work/list.txt" -c copy -movflags +faststart "$out/il-sito-a-99-euro.mp4"
# The poster: the first slide, as the visitor sees it before pressing play.
ffmpeg -loglevel error -y -ss 0.5 -i "$work/slide-0.mp4" -frames:v 1 "$out/il-sito-a-99-euro.poster.png"
cp "$work/captions.vtt" "$vtt"
ls -l "$out"
echo "duration: ${start} s"
