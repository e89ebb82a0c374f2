#!/usr/bin/env python3
"""Compare the findings of two `ctg check --format json` reports of one convention (before, after).

Prints the totals per status on each side, then the (rule, subject) pairs whose statuses changed,
grouped by rule and change « avant → après » (« — » : no finding), with their subjects, and per
rule how many findings keep their status but changed their message, and how many findings read a
fact whose provenance is an encoder's HYPOTHESE (ctg-rapport/1 constat.provenance). A rule may report one subject several times (several
readings): its statuses are compared as a sorted list. Deterministic output (sorted).
Usage: comparer-constats.py avant.json apres.json
"""
import collections
import json
import sys


def constats(chemin):
    with open(chemin, encoding="utf-8") as f:
        rapport = json.load(f)
    par_cle = collections.defaultdict(list)
    messages = set()
    hypotheses = collections.Counter()
    for c in rapport["constats"]:
        if any(f.get("nature") == "HYPOTHESE" for f in c.get("provenance", {}).values()):
            hypotheses[c["regle"]] += 1
        par_cle[(c["regle"], c["sujet"]["id"])].append(c["statut"])
        messages.add((c["regle"], c["sujet"]["id"], c["statut"], c["message"]))
    return messages, {k: sorted(v) for k, v in par_cle.items()}, hypotheses


def totaux(cles):
    t = collections.Counter(s for v in cles.values() for s in v)
    return ", ".join(f"{s} {n}" for s, n in sorted(t.items())) or "aucun constat"


def main(avant, apres):
    ma, a, ha = constats(avant)
    mp, p, hp = constats(apres)
    print(f"  constats avant : {sum(len(v) for v in a.values())} ({totaux(a)})")
    print(f"  constats après : {sum(len(v) for v in p.values())} ({totaux(p)})")
    groupes = collections.defaultdict(list)
    for cle in sorted(set(a) | set(p)):
        va, vp = a.get(cle, []), p.get(cle, [])
        if va != vp:
            groupes[(cle[0], " + ".join(va) or "—", " + ".join(vp) or "—")].append(cle[1])
    for (regle, va, vp), sujets in sorted(groupes.items()):
        print(f"  {regle} : {va} → {vp} × {len(sujets)} ({', '.join(sujets)})")
    print(f"  {sum(len(s) for s in groupes.values())} conclusion(s) changée(s)")
    # same rule, subject and status on both sides, but a message the other side does not have
    memes = {cle for cle in set(a) & set(p) if a[cle] == p[cle]}
    redits = collections.Counter(m[0] for m in mp - ma if (m[0], m[1]) in memes)
    for cote, h in (("avant", ha), ("après", hp)):
        if h:
            print(f"  constats qui lisent une HYPOTHESE ({cote}) : {sum(h.values())} ("
                  + ", ".join(f"{r} {n}" for r, n in sorted(h.items())) + ")")
    if redits:
        print("  même conclusion, message changé : "
              + ", ".join(f"{r} {n}" for r, n in sorted(redits.items())))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage : comparer-constats.py avant.json apres.json")
    main(sys.argv[1], sys.argv[2])
