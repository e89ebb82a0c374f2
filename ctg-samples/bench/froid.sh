#!/usr/bin/env bash
# Cold-start benchmark of the CLI (a benchmark, not a test: it never fails on a time).
# Runs `java -version` and `ctg obligations --france` N times each, alternately, in the same script,
# and prints min and median wall time, CPU time (user + sys) and peak RSS, hyperfine-style, with the
# machine, JDK and date. Usage: ctg-samples/bench/froid.sh [N=5] [date=2026-01-01] [more dates...]
# or ctg-samples/bench/froid.sh N COMMAND ARGS... for another command line of ctg (e.g. check FILE).
# The launcher ./ctg is used as users run it (its default JVM options and its AppCDS archive, which
# the first call writes if needed: that call is a warm-up, not counted). CTG_JAVA_OPTS compares options.
# CTG_COMPARER=DIR also runs the launcher of another tree (a worktree of an older commit, built), in
# turn with this one, and checks that both write the same bytes: a before/after in one series.
set -euo pipefail
export LC_NUMERIC=C
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-5}"
shift || true
if [ $# -gt 0 ] && ! [[ "$1" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
  args=("$@")   # another command line of ctg, e.g. check FILE --date 2026-06-30
else
  dates=("${@:-2026-01-01}")
  args=(obligations --france)
  for d in "${dates[@]}"; do args+=(--date "$d"); done
  args+=(--format csv)
fi
command -v /usr/bin/time >/dev/null || { echo "froid.sh : /usr/bin/time manquant (paquet time)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$here/ctg" "${args[@]}" >/dev/null   # warm-up: builds the jar / the AppCDS archive if needed
mesurer() { # label, command...
  local label="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  echo "$(cat "$tmp/t")" >> "$tmp/$label"
}
autre="${CTG_COMPARER:-}"
if [ -n "$autre" ]; then
  [ -x "$autre/ctg" ] || { echo "froid.sh : $autre/ctg introuvable (CTG_COMPARER : un arbre de ctg construit)" >&2; exit 2; }
  "$autre/ctg" "${args[@]}" > "$tmp/sortie.autre"
  "$here/ctg" "${args[@]}" > "$tmp/sortie.ctg"
  cmp -s "$tmp/sortie.autre" "$tmp/sortie.ctg" || { echo "froid.sh : les deux arbres n'écrivent pas les mêmes octets" >&2; exit 1; }
fi
for ((i = 0; i < n; i++)); do
  mesurer jvm java -version
  [ -z "$autre" ] || mesurer autre "$autre/ctg" "${args[@]}"
  mesurer ctg "$here/ctg" "${args[@]}"
done
echo "# $(date -u +%Y-%m-%dT%H:%MZ) ; $(nproc) vCPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//') ;" \
  "$(java -version 2>&1 | head -1) ; charge $(cut -d' ' -f1-3 /proc/loadavg) ; CTG_JAVA_OPTS=${CTG_JAVA_OPTS:-(défaut du lanceur)}${autre:+ ; comparé à $autre}"
echo "# ctg ${args[*]} ; $n exécutions"
printf '%-14s %9s %9s %9s %11s\n' "" "mur min" "médiane" "CPU méd." "RSS max"
mediane() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for label in jvm ${autre:+autre} ctg; do
  f="$tmp/$label"
  nom=ctg
  [ $label = jvm ] && nom='java -version'
  [ $label = autre ] && nom="$(basename "$autre")"
  printf '%-14s %8.2fs %8.2fs %8.2fs %8.0f Mo\n' "$nom" \
    "$(awk '{ print $1 }' "$f" | sort -n | head -1)" "$(awk '{ print $1 }' "$f" | mediane)" \
    "$(awk '{ print $2 + $3 }' "$f" | mediane)" "$(awk '$4 > m { m = $4 } END { print m / 1024 }' "$f")"
done
