#!/usr/bin/env python3
"""Generates the national territory registry bundled in ctg-model.

Reads the npm package @etalab/decoupage-administratif 6.0.0 (communes.json, epci.json,
departements.json, regions.json; MIT licence, data INSEE/DGCL) and writes four TSV files into
ctg-model/src/main/resources/fr/ctg/territoire/ (communes.tsv, epci.tsv, departements.tsv,
regions.tsv) and copies the package's MIT LICENSE next to them. Python 3 standard library only; same inputs give byte-identical outputs (sorted
rows, '\n' line ends, UTF-8, no timestamp).

Usage, from the repository root:
    python3 ctg-model/tools/generer-territoire.py [SOURCE_DIR]
SOURCE_DIR defaults to ../shared/data/etalab-decoupage-administratif-6.0.0. The sha256 of the
inputs are printed; compare them with PROVENANCE.md.

Choices (see PROVENANCE.md):
- only communes of type "commune-actuelle";
- population municipale and totale of an EPCI member come together from epci.json (membres),
  one consistent pair; communes.json's "population" (another, different figure for most
  communes) is used only for communes outside any EPCI, and then populationTotale stays empty:
  no total is ever invented;
- EPCI type "MET69" (Métropole de Lyon) is written as nature METRO.
"""
import hashlib
import json
import os
import sys

INPUTS = ("communes.json", "epci.json", "departements.json", "regions.json", "LICENSE")
NATURES = {"CA": "CA", "CC": "CC", "CU": "CU", "METRO": "METRO", "MET69": "METRO"}
SOURCE_EPCI = "epci.json"
SOURCE_COMMUNES = "communes.json"


def clean(value, what):
    text = str(value)
    if "\t" in text or "\n" in text or "\r" in text:
        raise SystemExit(f"{what}: tabulation ou fin de ligne dans {text!r}")
    return text


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\t".join(header) + "\n")
        for row in rows:
            out.write("\t".join(clean(v, path) for v in row) + "\n")


def main(argv):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    source = argv[1] if len(argv) > 1 else os.path.join(
        root, "..", "shared", "data", "etalab-decoupage-administratif-6.0.0")
    target = os.path.join(root, "ctg-model", "src", "main", "resources", "fr", "ctg", "territoire")
    os.makedirs(target, exist_ok=True)

    for name in INPUTS:
        with open(os.path.join(source, name), "rb") as f:
            print(f"sha256 {hashlib.sha256(f.read()).hexdigest()}  {name}")

    def load(name):
        with open(os.path.join(source, name), encoding="utf-8") as f:
            return json.load(f)

    communes = {c["code"]: c for c in load("communes.json") if c["type"] == "commune-actuelle"}
    epcis = load("epci.json")
    departements = load("departements.json")
    regions = load("regions.json")

    membre_de = {}
    for e in epcis:
        if e["type"] not in NATURES:
            raise SystemExit(f"nature d'EPCI inconnue : {e['type']} ({e['code']})")
        for m in e["membres"]:
            code = m["code"]
            if code in membre_de:
                raise SystemExit(f"commune {code} membre de deux EPCI")
            if code not in communes:
                raise SystemExit(f"membre {code} de {e['code']} n'est pas une commune actuelle")
            if m["populationTotale"] < m["populationMunicipale"]:
                raise SystemExit(f"population totale < municipale pour {code}")
            if m["siren"] != communes[code].get("siren"):
                raise SystemExit(f"SIREN différent pour {code}")
            membre_de[code] = (e["code"], m)

    codes_departements = {d["code"] for d in departements}
    rows = []
    for code in sorted(communes):
        c = communes[code]
        if c["departement"] not in codes_departements:
            raise SystemExit(f"département inconnu pour {code}")
        if code in membre_de:
            epci, m = membre_de[code]
            municipale, totale, origine = m["populationMunicipale"], m["populationTotale"], SOURCE_EPCI
        else:
            epci, totale = "", ""
            municipale = c.get("population", "")
            origine = SOURCE_COMMUNES if municipale != "" else ""
        rows.append((code, c.get("siren", ""), c["nom"], c["departement"], c["region"], epci,
                     municipale, totale, origine))
    write_tsv(os.path.join(target, "communes.tsv"),
              ("insee", "siren", "nom", "departement", "region", "epci", "populationMunicipale",
               "populationTotale", "sourcePopulation"), rows)

    write_tsv(os.path.join(target, "epci.tsv"), ("siren", "nom", "nature", "membres"),
              [(e["code"], e["nom"], NATURES[e["type"]], ",".join(m["code"] for m in e["membres"]))
               for e in sorted(epcis, key=lambda e: e["code"])])
    write_tsv(os.path.join(target, "departements.tsv"), ("code", "nom", "region"),
              [(d["code"], d["nom"], d["region"]) for d in sorted(departements, key=lambda d: d["code"])])
    write_tsv(os.path.join(target, "regions.tsv"), ("code", "nom"),
              [(r["code"], r["nom"]) for r in sorted(regions, key=lambda r: r["code"])])
    # MIT: the copyright and permission notice travels with the derived data, inside the jar.
    with open(os.path.join(source, "LICENSE"), "rb") as f:
        licence = f.read()
    with open(os.path.join(target, "LICENSE-decoupage-administratif.txt"), "wb") as out:
        out.write(licence)
    print(f"{len(rows)} communes, {len(epcis)} EPCI, {len(departements)} départements, "
          f"{len(regions)} régions -> {os.path.relpath(target, root)}")


if __name__ == "__main__":
    main(sys.argv)
