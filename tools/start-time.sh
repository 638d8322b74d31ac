#!/usr/bin/env bash
# Start-up time of `./rasd extract FILE.txt`: wall time of N runs (default 10) after one untimed run (warm disk,
# gazetteer index and class-data archive built), median, min and max, with the load average.
# Usage: tools/start-time.sh [N] [FILE.txt]   (RASD_JAVA_OPTS, RASD_HOME and RASD_CDS=0 are passed through)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10}"
file="${2:-$here/../shared/corpus/seed/000_ab4313d7ebf07531.txt}"
[ -f "$file" ] || { echo "start-time: no such file: $file" >&2; exit 2; }
"$here/rasd" extract "$file" --published 2018-07-03 > /dev/null
times=()
for _ in $(seq "$n"); do
  s=$(date +%s%N)
  "$here/rasd" extract "$file" --published 2018-07-03 > /dev/null
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
if (( n % 2 )); then med=${sorted[$((n / 2))]}; else med=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )); fi
echo "extract $(basename "$file"): median ${med} ms, min ${sorted[0]} ms, max ${sorted[$((n - 1))]} ms over $n runs" \
  "(${times[*]}); load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
