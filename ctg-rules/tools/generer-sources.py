#!/usr/bin/env python3
"""Generates the catalogue of the source documents the rules and the conventions cite.

The rules (@source of the DRL and decision tables), the dated parameters (reference) and the
conventions encoded from the sources (source: of each element) cite the five source documents by
their file name and line numbers (e.g. "004_6fa37c30264637ed.txt L347"): the maintainers' trace.
A user has the law and their convention, not our files: the reports, the catalogue and the
explanations cite instead the document's title, the article (or annex) the lines fall in, its page
when the document's table of contents gives it, and the quoted passage. This script writes what
they need into ctg-rules/src/main/resources/fr/ctg/textes/sources.yaml:
- for each document: its title, date, version and signatories (written below, from the document's
  own lines, cited), its number of lines;
- its sections: the preamble and every heading "Article N…" / "Annexe N…" of the body, with its first line and, when
  the table of contents of the document gives it, its page;
- the passages: for every line range cited anywhere in the project's resources (rules, parameters,
  texts, conventions, scenarios), the section it falls in and the quoted text (whitespace
  collapsed, cut after 800 characters with " […]").
Build, tests and runtime read only the generated file, never the seeds.

Python 3 standard library only; same inputs give a byte-identical output (sorted, no timestamp).

Usage, from the repository root:
    python3 ctg-rules/tools/generer-sources.py [SEEDS_DIR]
SEEDS_DIR defaults to ../shared/seeds. The sha256 of every seed is written in the output.
"""
import hashlib
import os
import re
import sys

RACINE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SORTIE = os.path.join(RACINE, "ctg-rules/src/main/resources/fr/ctg/textes/sources.yaml")
# where citations are looked for (the project's own resources)
CITANTS = ["ctg-rules/src/main/resources", "ctg-samples/src/main/resources", "ctg-eligibility/src/main/resources"]

# Title, date, version and signatories of each document, as the document itself gives them (the
# lines in "d'après" are those read to write them).
DOCUMENTS = {
    "000_6ba50e68de7cb4c5.txt": {
        "titre": "Convention territoriale globale de services aux familles 2026-2030 de la Communauté "
                 "d'agglomération de Béthune-Bruay, Artois Lys Romane (CABBALR) avec la Caf du Pas-de-Calais",
        "date": "2026-2030 ; signature « Fait à Béthune, le » non datée",
        "version": "convention et ses annexes 1 à 6",
        "signataires": "CABBALR, Caf du Pas-de-Calais, Département du Pas-de-Calais, MSA Nord-Pas-de-Calais",
        "d_apres": "L1-60, L1119-1121",
        # the table printed after the signatures, before ANNEXE 1 (L1160)
        "intertitres": [("TERRITOIRE COUVERT PAR LA CONVENTION TERRITORIALE",
                         "Territoire couvert par la convention territoriale globale 2026-2030")],
    },
    "001_65a752accbc4fa7a.txt": {
        "titre": "Convention territoriale globale 2021-2025 de la Communauté d'agglomération de Béthune-Bruay, "
                 "Artois Lys Romane (CABBALR) avec la Caf du Pas-de-Calais",
        "date": "du 1er janvier 2021 au 31 décembre 2025",
        "version": "convention et ses annexes (plan d'actions 2021-2025)",
        "signataires": "Caf du Pas-de-Calais, CABBALR",
        "d_apres": "L3-5, L344",
    },
    "002_5bab4707b2a37c8e.txt": {
        "titre": "Convention territoriale globale 2026-2030 de la CABBALR : document de présentation",
        "date": "2026-2030",
        "version": "document de présentation (non signé)",
        "signataires": "aucun (document d'information)",
        "d_apres": "L3, L43-53",
    },
    "003_d0c80c4aeed589fb.txt": {
        "titre": "Département du Pas-de-Calais, délibération de la Commission permanente n° 2023-578 du "
                 "11 décembre 2023 (renouvellement de la CTG du Ternois, avenants aux CTG du Pays d'Opale et "
                 "de la Région d'Audruicq) et ses annexes",
        "date": "11 décembre 2023",
        "version": "délibération, conventions et avenants annexés",
        "signataires": "voir chaque convention annexée",
        "d_apres": "L1-40",
    },
    "004_6fa37c30264637ed.txt": {
        "titre": "Convention territoriale globale 2026-2030 de la Communauté d'agglomération d'Hénin-Carvin "
                 "avec la Caf du Pas-de-Calais",
        "date": "annexée à la délibération du conseil municipal du 15 décembre 2025 ; « Fait à Hénin-Beaumont, "
                "le JJ/MM/2025 » (non datée)",
        "version": "convention et ses annexes 1 à 7",
        "signataires": "Caf du Pas-de-Calais, Communauté d'agglomération d'Hénin-Carvin et ses communes",
        "d_apres": "L1-5, L587-598",
    },
}

FICHIER = re.compile(r"(\d{3}_[0-9a-f]{16}\.txt)")
PLAGE = re.compile(r"(?<![\w.])L(\d+)(?:-(\d+))?(?![\w.-])")
TITRE = re.compile(r"^\s*\**\s*(article|annexe)\s*(\d+)(?:\s*[-–]\s*([a-z])\b)?\s*(.*)$", re.IGNORECASE)
PREAMBULE = re.compile(r"^\s*\**\s*(pr[ée]ambule)\s*:?\s*(?:\t\s*(\d+))?\s*$", re.IGNORECASE)
SOMMAIRE = re.compile(r"\t\s*(\d+)\s*$")
# the signature block that closes the articles ("Fait à Béthune, le"): its own section, so that the signatures
# and what follows them before the first annex are not cited as part of the last article
SIGNATURES = re.compile(r"^\s*\**\s*Fait à [^,]+, le\b")
MAX = 800


def cle(m):
    return (m.group(1).lower() + " " + m.group(2) + ("-" + m.group(3).lower() if m.group(3) else ""))


def propre(t):
    t = t.replace("**", "").replace("\t", " ")
    t = re.sub(r"\^\{([^}]*)\}", r"\1", t)
    return re.sub(r"\s+", " ", t).strip()


def sections(lignes, intertitres=()):
    """Headings of the body, with the page the table of contents gives for them; after a signature
    block, the document's own headings listed in intertitres, (first words of the line, title): a table
    printed before the annexes."""
    pages = {}
    out = []
    # entries of the table of contents ("Liens avec les schémas départementaux :<TAB>6"): a body line
    # with the same words is a heading, with that page
    sommaire = {}
    for l in lignes:
        e = re.match(r"^(.+?)\t\s*(\d+)\s*$", l)
        if e and len(propre(e.group(1))) >= 6:
            sommaire.setdefault(propre(e.group(1)).rstrip(" :").lower(), int(e.group(2)))
    vus = set()
    for i, l in enumerate(lignes, 1):
        k = propre(l).rstrip(" :").lower()
        if "\t" not in l and k in sommaire and not TITRE.match(l) and not PREAMBULE.match(l) and k not in vus:
            vus.add(k)
            out.append([i, propre(l).rstrip(" :"), "sommaire:" + k])
            pages["sommaire:" + k] = sommaire[k]
            continue
        pre = PREAMBULE.match(l)
        if pre:
            if pre.group(2):
                pages.setdefault("preambule", int(pre.group(2)))
            else:
                out.append([i, "Préambule", "preambule"])
            continue
        if SIGNATURES.match(l) and out and out[-1][2].startswith("article"):
            out.append([i, "Signatures", "signatures"])
            continue
        intertitre = next((t for debut, t in intertitres if propre(l).upper().startswith(debut.upper())), None)
        if intertitre and out and out[-1][2] == "signatures":
            out.append([i, intertitre, "intertitre:" + intertitre.lower()])
            continue
        m = TITRE.match(l)
        if not m:
            continue
        p = SOMMAIRE.search(l)
        if p:  # an entry of the table of contents
            pages.setdefault(cle(m), int(p.group(1)))
            continue
        if "\t" in l:
            continue  # an entry of the table of contents the OCR broke ("CONCERN\tE 6")
        reste = propre(m.group(4))
        if len(reste) > 120 or (reste and reste[0].islower() and not reste.startswith(":")):
            continue  # a sentence that begins with "article", not a heading
        out.append([i, propre(l.strip().strip("*"))[:120], cle(m)])
    out.sort()
    res = []
    derniere = 0
    for i, t, k in out:
        page = pages.get(k)
        if page is not None and page < derniere:
            page = None  # the page of an annex's own table of contents, not the document's
        if page is not None:
            derniere = page
        res.append({"debut": i, "titre": t, "page": page})
    return res


def citations():
    """Every (file, first, last) cited in the project's resources."""
    vues = set()
    for base in CITANTS:
        for d, _, fs in os.walk(os.path.join(RACINE, base)):
            for f in fs:
                if f.endswith((".bin", ".png")) or f == "sources.yaml":
                    continue
                with open(os.path.join(d, f), encoding="utf-8", errors="replace") as h:
                    for ligne in h:
                        if ligne.lstrip().startswith(("#", "*", "/*", "//")):
                            continue  # comments are the maintainers' notes, never shown to a user
                        parts = FICHIER.split(ligne)
                        for k in range(1, len(parts), 2):
                            suite = parts[k + 1] if k + 1 < len(parts) else ""
                            for m in PLAGE.finditer(suite):
                                a = int(m.group(1))
                                b = int(m.group(2)) if m.group(2) else a
                                vues.add((parts[k], a, b))
    return sorted(vues)


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    seeds = sys.argv[1] if len(sys.argv) > 1 else os.path.join(RACINE, "..", "shared", "seeds")
    cites = citations()
    out = ["# Généré par ctg-rules/tools/generer-sources.py depuis les documents sources (ne pas modifier à la main ;",
           "# relancer le générateur, voir docs/regles-experts.md « Citer une source »).",
           "# Chaque document : titre, date, version, signataires (d'après ses propres lignes), sections (titres",
           "# « Article N » / « Annexe N » du corps, page d'après son sommaire quand il la donne) et passages cités",
           "# par les règles, les paramètres et les conventions (texte cité, coupé après " + str(MAX) + " caractères).",
           "schema: ctg-sources/1",
           "documents:"]
    for fichier in sorted(DOCUMENTS):
        meta = DOCUMENTS[fichier]
        with open(os.path.join(seeds, fichier), "rb") as h:
            brut = h.read()
        lignes = brut.decode("utf-8").split("\n")
        if lignes and lignes[-1] == "":
            lignes = lignes[:-1]
        out.append("  - fichier: " + fichier)
        out.append("    sha256: " + hashlib.sha256(brut).hexdigest())
        for k in ("titre", "date", "version", "signataires"):
            out.append("    " + k + ": " + yq(meta[k]))
        out.append("    d_apres: " + yq(meta["d_apres"]))
        out.append("    lignes: " + str(len(lignes)))
        secs = sections(lignes, meta.get("intertitres", ()))
        out.append("    sections:" + ("" if secs else " []"))
        for s in secs:
            out.append("      - {debut: %d, titre: %s%s}" % (s["debut"], yq(s["titre"]),
                                                            "" if s["page"] is None else ", page: %d" % s["page"]))
        miens = [(f, a, b) for f, a, b in cites if f == fichier]
        out.append("    passages:" + ("" if miens else " []"))
        for f, a, b in miens:
            if a < 1 or b > len(lignes) or b < a:
                raise SystemExit("citation hors du document : %s L%d-%d (%d lignes)" % (f, a, b, len(lignes)))
            t = propre(" ".join(lignes[a - 1:b]))
            if len(t) > MAX:
                t = t[:MAX].rsplit(" ", 1)[0] + " […]"
            out.append("      - {lignes: %s, texte: %s}" % (yq("L%d" % a if a == b else "L%d-%d" % (a, b)), yq(t)))
    with open(SORTIE, "w", encoding="utf-8") as h:
        h.write("\n".join(out) + "\n")
    print("écrit", SORTIE, len(cites), "citations")


if __name__ == "__main__":
    main()
