#!/usr/bin/env python3
"""Generates the dated national territory registry bundled in ctg-model.

Reads six releases of the npm package @etalab/decoupage-administratif (communes.json, epci.json,
departements.json, LICENSE; MIT licence, data INSEE/DGCL), one per year 2021-2026, and writes into
ctg-model/src/main/resources/fr/ctg/territoire/:
- registre-AAAA.bin, one compact binary file per year (format below), read lazily by
  fr.ctg.territoire.Registre, one year at a time;
- registre.tsv, one line per year: the release, its period, the census vintages of its figures
  and the national counts computed here from the JSON (the tests pin the same figures);
- LICENSE-decoupage-administratif.txt, the package's MIT licence (identical in every release).
Python 3 standard library only; same inputs give byte-identical outputs (sorted tables, no
timestamp).

Usage, from the repository root:
    python3 ctg-model/tools/generer-territoire.py [DATA_DIR]
DATA_DIR defaults to ../shared/data and must hold etalab-decoupage-administratif-<version>/ for
each version of RELEASES. The sha256 of every input is printed; compare with PROVENANCE.md.

Binary format (big-endian, the encoding of java.io.DataOutputStream; "utf" is writeUTF: u16 byte
length + modified UTF-8, which equals UTF-8 for the characters allowed here):
    magic "CTGR", u8 format (1), u16 annee
    u16 nDepartements, then per département: utf code, utf nom, utf region
    i32 nCommunes, then per commune (sorted by INSEE code):
        5 bytes INSEE code (ASCII), i32 SIREN (0: none), utf nom, u8 index of the département,
        u8 populations: 0 none, 1 municipale only (communes.json), 2 municipale + totale (epci.json)
        [i32 municipale] [i32 totale - municipale]
    u16 nEpci, then per EPCI (sorted by SIREN): i32 SIREN, utf nom, u8 nature (0 CA, 1 CC, 2 CU,
        3 METRO), u16 nMembres, then u16 index of each member commune, in the package's order
    i32 nAnciens, then per former code (sorted): 5 bytes code, utf ancien nom ("" when the source
        gives none), u16 year since which it is no longer a commune (0: before the first release),
        i32 index of the successor commune of this year
    u16 nFuturs, then per code that becomes a commune in a later release: 5 bytes code, utf nom,
        u16 first year it is a commune

Choices (see PROVENANCE.md):
- only entries of type "commune-actuelle" are communes; a code that is not one in a year but was
  one in an earlier release, or is a commune déléguée/associée (chefLieu) or in the anciensCodes of
  a commune of that year, is a former code resolved to the commune of that year that succeeded it
  (chains of mergers followed to the end);
- population municipale and totale of an EPCI member come together from epci.json (membres),
  one consistent pair; communes.json's "population" (a population municipale of another vintage) is
  used only for communes outside any EPCI, and then the totale stays empty: no total is invented;
- EPCI type "MET69" (Métropole de Lyon) is written as nature METRO;
- the 2021 release (1.1.1) gives the collectivités d'outre-mer as "collectiviteOutremer" instead of
  a département: their code stands for the département and the région, as in the later releases,
  and the 2021 release gives a commune's SIREN only for the members of an EPCI.
"""
import hashlib
import json
import os
import struct
import sys

# version, year of the registry (package README's table "Millésimes et versions de package"; 6.0.0,
# without README, is the 2026 release), census vintage of epci.json's populations (DGCL list of
# 1 January of the year: the populations légales in force that day, vintage year - 3), census
# vintage of communes.json's "population" (INSEE page linked by the README). The vintages are
# checked below against each other: figures labelled with the same vintage must agree.
RELEASES = (
    ("1.1.1", 2021, 2018, 2019),
    ("2.3.1", 2022, 2019, 2020),
    ("3.1.1", 2023, 2020, 2020),
    ("4.1.0", 2024, 2021, 2022),
    ("5.3.0", 2025, 2022, 2023),
    ("6.0.0", 2026, 2022, 2023),
)
INPUTS = ("communes.json", "epci.json", "departements.json", "LICENSE")
NATURES = {"CA": 0, "CC": 1, "CU": 2, "METRO": 3, "MET69": 3}
FORMAT = 1


class Sortie:
    def __init__(self):
        self.parts = []

    def u8(self, v):
        self.parts.append(struct.pack(">B", v))

    def u16(self, v):
        self.parts.append(struct.pack(">H", v))

    def i32(self, v):
        self.parts.append(struct.pack(">i", v))

    def code(self, c):
        b = c.encode("ascii")
        if len(b) != 5:
            raise SystemExit(f"code INSEE de 5 caractères attendu : {c!r}")
        self.parts.append(b)

    def utf(self, s):
        if "\0" in s or any(ord(ch) > 0xFFFF for ch in s):
            raise SystemExit(f"caractère non encodable : {s!r}")
        b = s.encode("utf-8")
        self.u16(len(b))
        self.parts.append(b)

    def bytes(self):
        return b"".join(self.parts)


def charger(source):
    def load(name):
        with open(os.path.join(source, name), encoding="utf-8") as f:
            return json.load(f)
    return load("communes.json"), load("epci.json"), load("departements.json")


def annee(version, brut):
    """The state of one release: communes, EPCI, départements, former codes of that release."""
    entrees, epcis, departements = brut
    communes = {c["code"]: c for c in entrees if c["type"] == "commune-actuelle"}
    depts = {d["code"]: (d["nom"], d["region"]) for d in departements}
    for c in communes.values():
        if "departement" not in c:
            com = c["collectiviteOutremer"]
            c["departement"] = c["region"] = com["code"]
            depts.setdefault(com["code"], (com["nom"], com["code"]))
    for code, c in communes.items():
        if c["departement"] not in depts:
            raise SystemExit(f"{version} : département inconnu pour {code}")
        if depts[c["departement"]][1] != c["region"]:
            raise SystemExit(f"{version} : région de {code} différente de celle de son département")

    membre_de = {}
    for e in epcis:
        if e["type"] not in NATURES:
            raise SystemExit(f"{version} : nature d'EPCI inconnue : {e['type']} ({e['code']})")
        for m in e["membres"]:
            code = m["code"]
            if code in membre_de:
                raise SystemExit(f"{version} : commune {code} membre de deux EPCI")
            if code not in communes:
                raise SystemExit(f"{version} : membre {code} de {e['code']} n'est pas une commune actuelle")
            if m["populationTotale"] < m["populationMunicipale"]:
                raise SystemExit(f"{version} : population totale < municipale pour {code}")
            if "siren" in communes[code] and m["siren"] != communes[code]["siren"]:
                raise SystemExit(f"{version} : SIREN différent pour {code}")
            membre_de[code] = (e["code"], m)

    # Former codes named by this release: communes déléguées/associées (chefLieu) and anciensCodes.
    successeur = {}
    nom_ancien = {}
    for c in entrees:
        if c["type"] in ("commune-deleguee", "commune-associee") and c["chefLieu"] != c["code"] \
                and c["code"] not in communes:
            successeur.setdefault(c["code"], set()).add(c["chefLieu"])
            nom_ancien[c["code"]] = c["nom"]
    for ancien, s in successeur.items():
        if len(s) != 1:
            raise SystemExit(f"{version} : code {ancien} délégué de plusieurs communes {sorted(s)}")
    # anciensCodes only for codes without a commune déléguée/associée entry: the entry states where
    # the former commune is today, anciensCodes its history (55273 Lamarche-en-Woëvre, associée
    # to 55386 Nonsard-Lamarche, is also in the anciensCodes of 55245 from 2024 on).
    par_anciens = {}
    for c in communes.values():
        for ancien in c.get("anciensCodes", ()):
            if ancien not in communes:
                par_anciens.setdefault(ancien, set()).add(c["code"])
    for ancien, s in par_anciens.items():
        if ancien in successeur:
            continue
        if len(s) != 1:
            raise SystemExit(f"{version} : ancien code {ancien} de plusieurs communes {sorted(s)}")
        successeur[ancien] = s
    for ancien, s in successeur.items():
        if next(iter(s)) not in communes:
            raise SystemExit(f"{version} : successeur de {ancien} absent")
    return {
        "communes": communes, "epcis": epcis, "depts": depts, "membre_de": membre_de,
        "successeur": {k: next(iter(v)) for k, v in successeur.items()}, "nom_ancien": nom_ancien,
    }


def verifier_millesimes(etats):
    """Figures labelled with the same vintage agree (>= 99.5 % of common codes), others do not."""
    series = []
    for (version, an, m_epci, m_communes), e in zip(RELEASES, etats):
        series.append((f"{version} epci.json", m_epci,
                       {k: m["populationMunicipale"] for k, (_, m) in e["membre_de"].items()}))
        series.append((f"{version} communes.json", m_communes,
                       {k: c["population"] for k, c in e["communes"].items() if "population" in c}))
    for i, (na, ma, a) in enumerate(series):
        for nb, mb, b in series[i + 1:]:
            communs = a.keys() & b.keys()
            egaux = sum(1 for k in communs if a[k] == b[k]) / len(communs)
            if (ma == mb) != (egaux >= 0.995):
                raise SystemExit(f"millésimes incohérents : {na} ({ma}) et {nb} ({mb}) "
                                 f"égaux pour {egaux:.1%} des communes")


def anciens_codes(an_index, etats):
    """Former codes of year an_index: code -> (successor, year since, former name)."""
    etat = etats[an_index]
    communes = etat["communes"]
    res = {}

    def suivre(code, depuis):
        """The commune of this year that succeeded `code`, which stopped being one in year `depuis`."""
        for j in range(depuis, an_index + 1):
            e = etats[j]
            if code in e["communes"]:
                # restored (rétablie) later on: not a former code of this year unless gone again
                depuis = None
                continue
            if depuis is None:
                depuis = j
            s = e["successeur"].get(code)
            if s is None:
                raise SystemExit(f"{RELEASES[j][0]} : {code} disparaît sans successeur")
            code = s
        return code

    for j in range(an_index):
        for code, c in etats[j]["communes"].items():
            if code in communes or code in res:
                continue
            # last year it was a commune, before this one
            derniere = max(k for k in range(an_index) if code in etats[k]["communes"])
            s = suivre(code, derniere + 1)
            if s not in communes:
                raise SystemExit(f"{RELEASES[an_index][0]} : {code} ne se résout pas")
            nom = etats[derniere]["communes"][code]["nom"]
            res[code] = (s, RELEASES[derniere + 1][1], nom)
    for code, s in etat["successeur"].items():
        if code not in res:
            while s not in communes:
                s = etat["successeur"][s]
            res[code] = (s, 0, etat["nom_ancien"].get(code, ""))
    return res


def ecrire_annee(an_index, etats, anciens):
    version, an, _, _ = RELEASES[an_index]
    e = etats[an_index]
    out = Sortie()
    out.parts.append(b"CTGR")
    out.u8(FORMAT)
    out.u16(an)
    depts = sorted(e["depts"])
    index_dept = {d: i for i, d in enumerate(depts)}
    out.u16(len(depts))
    for d in depts:
        out.utf(d)
        out.utf(e["depts"][d][0])
        out.utf(e["depts"][d][1])
    codes = sorted(e["communes"])
    index = {c: i for i, c in enumerate(codes)}
    out.i32(len(codes))
    totale = municipale = 0
    for code in codes:
        c = e["communes"][code]
        out.code(code)
        siren = c.get("siren") or (e["membre_de"][code][1]["siren"] if code in e["membre_de"] else "")
        out.i32(int(siren) if siren else 0)
        out.utf(c["nom"])
        out.u8(index_dept[c["departement"]])
        if code in e["membre_de"]:
            m = e["membre_de"][code][1]
            out.u8(2)
            out.i32(m["populationMunicipale"])
            out.i32(m["populationTotale"] - m["populationMunicipale"])
            totale += m["populationTotale"]
            municipale += m["populationMunicipale"]
        elif "population" in c:
            out.u8(1)
            out.i32(c["population"])
        else:
            out.u8(0)
    epcis = sorted(e["epcis"], key=lambda x: x["code"])
    out.u16(len(epcis))
    for x in epcis:
        out.i32(int(x["code"]))
        out.utf(x["nom"])
        out.u8(NATURES[x["type"]])
        out.u16(len(x["membres"]))
        for m in x["membres"]:
            out.u16(index[m["code"]])
    out.i32(len(anciens))
    for code in sorted(anciens):
        s, depuis, nom = anciens[code]
        out.code(code)
        out.utf(nom)
        out.u16(depuis)
        out.i32(index[s])
    futurs = {}
    for j in range(len(etats) - 1, an_index, -1):
        for code, c in etats[j]["communes"].items():
            if code not in e["communes"] and code not in anciens:
                futurs[code] = (c["nom"], RELEASES[j][1])
    out.u16(len(futurs))
    for code in sorted(futurs):
        out.code(code)
        out.utf(futurs[code][0])
        out.u16(futurs[code][1])
    stats = (len(codes), len(epcis), totale, municipale, len(anciens), len(futurs))
    return out.bytes(), stats


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    data = argv[1] if len(argv) > 1 else os.path.join(root, "..", "shared", "data")
    target = os.path.join(root, "ctg-model", "src", "main", "resources", "fr", "ctg", "territoire")
    os.makedirs(target, exist_ok=True)

    etats = []
    licences = set()
    for version, *_ in RELEASES:
        source = os.path.join(data, f"etalab-decoupage-administratif-{version}")
        for name in INPUTS:
            with open(os.path.join(source, name), "rb") as f:
                contenu = f.read()
            print(f"sha256 {hashlib.sha256(contenu).hexdigest()}  {version}/{name}")
            if name == "LICENSE":
                licences.add(contenu)
        etats.append(annee(version, charger(source)))
    if len(licences) != 1:
        raise SystemExit("les licences des versions diffèrent")
    verifier_millesimes(etats)

    lignes = ["annee\tpaquet\tmillesimePopulationTotale\tmillesimePopulationMunicipaleSeule\t"
              "communes\tepci\tpopulationTotale\tpopulationMunicipale\tfichier"]
    for i, (version, an, m_epci, m_communes) in enumerate(RELEASES):
        contenu, (n, ne, tot, mun, na, nf) = ecrire_annee(i, etats, anciens_codes(i, etats))
        fichier = f"registre-{an}.bin"
        with open(os.path.join(target, fichier), "wb") as out:
            out.write(contenu)
        lignes.append(f"{an}\t{version}\t{m_epci}\t{m_communes}\t{n}\t{ne}\t{tot}\t{mun}\t{fichier}")
        print(f"{an} ({version}) : {n} communes, {ne} EPCI, population totale {tot}, "
              f"municipale {mun} (membres d'EPCI), {na} anciens codes, {nf} codes à venir, "
              f"{len(contenu)} octets, sha256 {hashlib.sha256(contenu).hexdigest()}")
    with open(os.path.join(target, "registre.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(lignes) + "\n")
    # MIT: the copyright and permission notice travels with the derived data, inside the jar.
    with open(os.path.join(target, "LICENSE-decoupage-administratif.txt"), "wb") as out:
        out.write(licences.pop())
    for ancien in ("communes.tsv", "epci.tsv", "departements.tsv", "regions.tsv"):
        chemin = os.path.join(target, ancien)
        if os.path.exists(chemin):
            os.remove(chemin)


if __name__ == "__main__":
    main(sys.argv)
