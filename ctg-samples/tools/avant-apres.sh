#!/usr/bin/env bash
# Findings of `ctg check` on the sample conventions at two commits, compared (docs/fidelite.md).
# Builds the CLI of each commit in a throwaway git worktree (offline, tests skipped, nothing
# installed in ~/.m2), runs it on that commit's own encodings of the six sample conventions at the
# dates of the golden reports (RapportsDeReferenceTest), and compares rule, subject and status with
# comparer-constats.py. Worktrees and reports are removed at the end, unless KEEP=dir is given
# (reports kept in dir/avant, dir/apres).
# Usage: ctg-samples/tools/avant-apres.sh <commit-avant> [commit-après=HEAD]
set -euo pipefail
[ $# -ge 1 ] || { echo "usage : avant-apres.sh <commit-avant> [commit-après=HEAD]" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
tmp="$(mktemp -d)"
nettoyer() {
  for cote in avant apres; do
    [ -d "$tmp/wt-$cote" ] && git -C "$repo" worktree remove --force "$tmp/wt-$cote"
  done
  rm -rf "$tmp"
}
trap nettoyer EXIT
# convention:date, as the golden reports
echantillons=(cabbalr-2026-2030:2026-06-30 henin-carvin-2026-2030:2026-06-30 cabbalr-2021-2025:2023-06-30
  ternois-2023-2027:2025-06-30 pays-d-opale-2022-2026:2024-06-30 region-d-audruicq-2022-2026:2024-06-30)
sortie="${KEEP:-$tmp}"
construire() { # side, commit
  local cote="$1" commit="$2" wt="$tmp/wt-$1"
  git -C "$repo" worktree add --detach "$wt" "$commit" >/dev/null 2>&1
  echo "# $cote : $(git -C "$wt" log -1 --format='%h %ad %s' --date=short | cut -c1-100)"
  (cd "$wt" && mvn -B -o -q -DskipTests package -Dmaven.javadoc.skip=true -Dctg.analyse.echec=false >"$tmp/mvn-$cote.log" 2>&1) \
    || { cat "$tmp/mvn-$cote.log" >&2; exit 1; }
  mkdir -p "$sortie/$cote"
  for e in "${echantillons[@]}"; do
    local c="${e%%:*}" d="${e##*:}"
    java -jar "$wt/ctg-samples/target/ctg.jar" check "$wt/ctg-samples/src/main/resources/conventions/$c.ctg.yaml" \
      --date "$d" --format json >"$sortie/$cote/$c.json"
  done
}
construire avant "$1"
construire apres "${2:-HEAD}"
for e in "${echantillons[@]}"; do
  c="${e%%:*}"
  echo "== $c (ctg check --date ${e##*:})"
  python3 "$here/comparer-constats.py" "$sortie/avant/$c.json" "$sortie/apres/$c.json"
done
