#!/usr/bin/env python3
"""Generator of the financing sections of ctg-samples/src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml.

Committed generator (BRIEF: only a committed generator may read /work/shared; its output is
committed). It parses the OCR text of the CABBALR CTG 2026-2030 (seed 000_6ba50e68de7cb4c5.txt):
  - ANNEXE 3, list of equipment and services (L3005-4002) -> `equipements`
and writes, from hand-read passages encoded below with their line numbers:
  - Bonus Territoire 2021-2024 (L4003-4029) -> `bonusTerritoire`
  - cooperation posts (ANNEXE 7, L9363-9432) -> `postesCooperation` (ETP and number of persons)
The engagement deadline (L9598-9604) is hand-encoded in the convention (`dateLimiteEngagement`).
INSEE codes come from the Etalab découpage administratif 6.0.0 (communes.json, epci.json).
Nothing is corrected silently: OCR typos and inconsistencies are kept and reported as YAML comments.

The generated sections are written INTO the convention file, between the two marker lines
DEBUT and FIN below (everything between them is replaced; the rest of the file, hand-encoded, is
kept byte for byte). Re-running the generator on the same inputs gives the same file.

Usage (from the repository root):
  python3 ctg-samples/src/generator/extraire_financement_cabbalr.py \
      /work/shared/seeds/000_6ba50e68de7cb4c5.txt \
      /work/shared/data/etalab-decoupage-administratif-6.0.0 \
      ctg-samples/src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml
"""
import json
import re
import sys
import unicodedata

DEBUT = "# >>> DEBUT DE LA PARTIE GENEREE par ctg-samples/src/generator/extraire_financement_cabbalr.py (ne pas editer a la main)"
FIN = "# <<< FIN DE LA PARTIE GENEREE"

SEED = "000_6ba50e68de7cb4c5.txt"
EPCI_SIREN = "200072460"  # seed 000 L1902: "Lys Romane (200072460)"
FIRST, LAST = 3005, 4002  # ANNEXE 3

SECTIONS = [
    # (prefix of the line that opens the section, type, label, id prefix, is a list of collectivités)
    ("ALSH Extrascolaire -", "ALSH", "ALSH extrascolaire", "alsh-extra", False),
    ("ALSH Périscolaire -", "ALSH", "ALSH périscolaire", "alsh-peri", False),
    ("ALSH Adolescent -", "ALSH", "ALSH adolescent", "alsh-ados", False),
    ("EAJE  -", "EAJE", "EAJE", "eaje", False),
    ("RPE -", "RPE", "RPE", "rpe", False),
    ("LAEP -", "LAEP", "LAEP", "laep", False),
    ("BAFA / BAFD", "BAFA", "BAFA / BAFD", "bafa", True),
    ("Séjours", "SEJOUR", "Séjours", "sejour", True),
    ("Ludothèque", "LUDOTHEQUE", "Ludothèque", "ludotheque", True),
    ("Chargé de", "POSTE_COORDINATION", "Chargé de Coopération", "poste-coop", True),
]
SKIP = {"Coopération", "74"}  # continuation of the "Chargé de / Coopération" label; a page number

# OCR spellings of commune names that do not match the registry name, kept and reported.
OCR_COMMUNES = {
    "HESRIN COUPIGNY": ("HERSIN COUPIGNY", "OCR « Hesrin Coupigny » pour Hersin-Coupigny"),
}


def norm(s):
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = re.sub(r"[-'’]", " ", s.upper())
    s = re.sub(r"\bST\b", "SAINT", s)
    return re.sub(r"\s+", " ", s).strip()


def slug(s):
    s = norm(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load_registry(data_dir):
    communes = [c for c in json.load(open(f"{data_dir}/communes.json", encoding="utf-8"))
                if c.get("departement") == "62" and c.get("type") == "commune-actuelle"]
    by_name = {}
    for c in communes:
        by_name.setdefault(norm(c["nom"]), []).append(c)
    epci = [e for e in json.load(open(f"{data_dir}/epci.json", encoding="utf-8")) if e["code"] == EPCI_SIREN][0]
    membres = {m["code"] for m in epci["membres"]}
    return by_name, membres


def resolve(name, postal, by_name, membres):
    """-> (insee or None, nom officiel, [remarks])"""
    remarks = []
    key = norm(name)
    if key in OCR_COMMUNES:
        key, remark = OCR_COMMUNES[key]
        remarks.append(remark)
    found = by_name.get(key, [])
    if len(found) != 1:
        remarks.append(f"commune « {name} » introuvable ou ambiguë dans le Pas-de-Calais : code INSEE non renseigné")
        return None, None, remarks
    c = found[0]
    if postal and postal not in c.get("codesPostaux", []):
        remark = (f"code postal {postal} du texte différent de celui de {c['nom']} "
                  f"({', '.join(c.get('codesPostaux', []))})")
        if postal == c["code"]:
            remark += f" : {postal} est son code INSEE"
        remarks.append(remark)
    if c["code"] not in membres:
        remarks.append(f"{c['nom']} ({c['code']}) n'est pas membre de la CABBALR "
                       f"(découpage administratif 6.0.0)")
    return c["code"], c["nom"], remarks


def read_annex(lines):
    """Yields (section, first line, last line, text) for each entry of ANNEXE 3."""
    section, entry, start, end = None, None, None, None
    for n in range(FIRST, LAST + 1):
        raw = lines[n - 1].strip()
        if not raw or raw in SKIP:
            continue
        opened = next((s for s in SECTIONS if raw.startswith(s[0])), None)
        if opened:
            if entry:
                yield section, start, end, entry
            section, entry = opened, None
            rest = raw[len(opened[0]):].strip()
            if rest:
                entry, start, end = rest, n, n
            continue
        if section is None:
            continue  # title and table header
        if raw.startswith("-"):
            if entry:
                yield section, start, end, entry
            entry, start, end = raw.lstrip("-").strip(), n, n
        else:
            entry, end = entry + " " + raw, n
    if entry:
        yield section, start, end, entry


ADDRESS_START = re.compile(r"^(\d|rue\b|Rue\b|place\b|parc\b|route\b|bd\b|allée\b|chemin\b)")


def parse_structure(text):
    """'Gestionnaire - Nom : adresse, 62000 COMMUNE' -> (gestionnaire, nom or None, postal, commune)."""
    text = re.sub(r"\s*[–-]\s*$", "", text.strip())
    m = re.search(r"(\d{5})\s+([^\d,]+?)\s*,?\s*$", text)
    postal, commune = m.group(1), m.group(2).strip()
    body = text[: m.start()].rstrip(" ,–-")
    g = re.match(r"^(.+?)\s[-–]\s?(.*)$", body)
    gestionnaire, rest = g.group(1).strip(), g.group(2).strip()
    if " : " in rest or rest.endswith(" :"):
        nom = rest.split(" :")[0].strip()
    elif " – " in rest:
        nom = rest.split(" – ")[0].strip()
    elif ADDRESS_START.match(rest):
        nom = None
    else:
        nom = rest
    return gestionnaire, nom, postal, commune


def micro_creche(nom):
    return nom is not None and re.match(r"^MC\b", nom) is not None


def main(seed_path, data_dir, convention_path):
    lines = open(seed_path, encoding="utf-8").read().split("\n")
    by_name, membres = load_registry(data_dir)
    out = []
    w = out.append
    w(DEBUT)
    w("# Financing facts of the CABBALR CTG 2026-2030 (seed 000_6ba50e68de7cb4c5.txt), GENERATED from the")
    w("# OCR text: re-run the generator rather than editing. Keys follow CONVENTION-FORMAT.md.")
    w("# What the text does not say is left out (no PSU places, no weights: ANNEXE 3 gives none).")
    w("")
    w("bonusTerritoire:")
    w("  # Table « Les prestations de services et leurs évolutions », line « Bonus Territoire »,")
    w("  # « Source : Données caf 2025 » (table L4003-4029, amounts on L4025). The text does not say whether")
    w("  # they are amounts booked (charge à payer) or paid in each year.")
    for annee, montant, ligne in [(2021, "3023717.98", "L4003-4029"), (2022, "3179097.34", "L4003-4029"),
                                  (2023, "3210876.46", "L4003-4029"), (2024, "3348460.64", "L4003-4029")]:
        w(f"  - annee: {annee}")
        w(f"    montant: {montant}")
        w(f"    source: \"{SEED} {ligne}\"")
    w("")
    write_posts(w, lines, by_name, membres)
    w("")
    w("equipements:")
    w("  # ANNEXE 3 – Liste des équipements et services soutenus par chaque collectivité locale (L3005-4002).")
    w("  # The annex gives no PSU places, no capacity and no weight: placesPsu/poids are left out.")
    w("  # collectivitesSoutien: the annex does not name the supporting collectivité per line; it is filled")
    w("  # only where the text makes it explicit: a « Mairie » manager is the commune itself, and the")
    w("  # BAFA/Séjours/Ludothèque/Chargé de coopération lists name collectivités. CCAS, SIVOM (no SIREN in")
    w("  # the seeds), associations and companies: left out.")
    seen = {}
    current = None
    for section, start, end, text in read_annex(lines):
        prefix, typ, label, idp, is_list = section[0], section[1], section[2], section[3], section[4]
        if section is not current:
            current = section
            w(f"  # --- {label}")
        source = f"{SEED} L{start}" if start == end else f"{SEED} L{start}-{end}"
        remarks = []
        if is_list:
            name = text.strip()
            entry = {"type": typ, "nom": f"{label} – {name}"}
            if norm(name) == "CABBALR":
                entry["collectivitesSoutien"] = [EPCI_SIREN]
                base = "cabbalr"
            elif norm(name).startswith("SIVOM"):
                remarks.append("SIREN du SIVOM absent des sources : collectivitesSoutien non renseigné")
                base = slug(name)
            else:
                insee, off, rem = resolve(name, None, by_name, membres)
                remarks += rem
                base = slug(off or name)
                if insee:
                    entry["commune"] = insee
                    entry["collectivitesSoutien"] = [insee]
        else:
            gest, nom, postal, commune = parse_structure(text)
            insee, off, rem = resolve(commune, postal, by_name, membres)
            remarks += rem
            t = "MICRO_CRECHE" if typ == "EAJE" and micro_creche(nom) else typ
            if nom:
                display = f"{nom} ({label})" if typ == "ALSH" else nom
            else:  # the annex gives only an address: « TYPE – gestionnaire – adresse », as printed
                adresse = re.sub(r"^[-–\s]+", "", text.strip()[len(gest):]).rsplit(",", 1)[0].strip()
                display = f"{label} – {gest} – {adresse}"
            entry = {"type": t, "nom": display}
            if insee:
                entry["commune"] = insee
            entry["gestionnaire"] = gest
            if norm(gest) == "MAIRIE" and insee:
                entry["collectivitesSoutien"] = [insee]
            base = slug((off or commune) + "-" + (nom or adresse))
            if norm(gest) == "CABBLR":
                remarks.append("gestionnaire écrit « CABBLR » (pour CABBALR ?) : gardé tel quel")
        ident = f"{idp}-{base}"[:80].rstrip("-")
        seen[ident] = seen.get(ident, 0) + 1
        if seen[ident] > 1:
            remarks.append(f"même désignation qu'une ligne précédente de la même rubrique (doublon dans l'annexe ?)")
            ident = f"{ident}-{seen[ident]}"
        w(f"  - id: {ident}")
        for r in remarks:
            w(f"    # {r}")
        w(f"    type: {entry['type']}")
        w(f"    nom: {q(entry['nom'])}")
        if "commune" in entry:
            w(f"    commune: \"{entry['commune']}\"")
        if "gestionnaire" in entry:
            w(f"    gestionnaire: {q(entry['gestionnaire'])}")
        if "collectivitesSoutien" in entry:
            w(f"    collectivitesSoutien: [{', '.join(q(c) for c in entry['collectivitesSoutien'])}]")
        w(f"    source: \"{source}\"")
    w(FIN)
    write_into(convention_path, out)


def write_into(path, generated):
    """Replaces the lines from DEBUT to FIN (inclusive) of `path` by `generated`."""
    text = open(path, encoding="utf-8").read().split("\n")
    if text.count(DEBUT) != 1 or text.count(FIN) != 1 or text.index(DEBUT) > text.index(FIN):
        sys.exit(f"{path}: exactly one pair of marker lines expected:\n{DEBUT}\n{FIN}")
    result = text[: text.index(DEBUT)] + generated + text[text.index(FIN) + 1:]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(result))


# ANNEXE 7 – Schéma de coopération intercommunale CTG, §3 « Les évolutions de postes des chargés de
# coopération territoriale » (L9363-9432): row -> (first line, last line, label as printed (OCR
# hyphenation joined), employer type, ETP 2020-2025, persons 2020-2025, ETP 2026-2030 as printed,
# persons 2026-2030). The generator checks each row against the seed text.
POSTES = [
    (9396, 9396, "Auchy-les-Mines", "COMMUNE", "1", 2, "0,4", 2),
    (9397, 9397, "Béthune", "COMMUNE", "1", 3, "1", 3),
    (9398, 9398, "Beuvry", "COMMUNE", "1", 1, "0,5", 1),
    (9399, 9399, "Bourecq", "COMMUNE", "1", 1, "0,3", 1),
    (9400, 9400, "Bruay-la Buissière", "COMMUNE", "1", 1, "1", 1),
    (9401, 9401, "Calonne Ricouart", "COMMUNE", "1", 1, "0,28", 1),
    (9402, 9402, "Chocques", "COMMUNE", "0,33", 1, "0,2", 1),
    (9404, 9408, "Communauté d'Agglomération Béthune Bruay, Artois Lys Romane", "EPCI", "1,5", 2, "1,5", 2),
    (9410, 9410, "Divion", "COMMUNE", "2", 3, "1,36", 3),
    (9411, 9411, "Gonnehem", "COMMUNE", "1", 1, "0,5", 1),
    (9412, 9412, "Haisnes", "COMMUNE", "1", 1, "0,2", 1),
    (9413, 9413, "Hersin-Coupigny", "COMMUNE", "1", 2, "1", 2),
    (9414, 9414, "Houdain", "COMMUNE", "1", 1, "0,35", 1),
    (9415, 9415, "Lillers", "COMMUNE", "1", 1, "0,3", 1),
    (9416, 9416, "Marles-les-Mines", "COMMUNE", "1", 1, "0,25", 1),
    (9417, 9417, "Richebourg", "COMMUNE", "0,75", 1, "0,2", 1),
    (9419, 9420, "SIVOM de la communauté du Béthunois", "SIVOM", "1", 2, "1", 2),
    (9422, 9422, "Verquin", "COMMUNE", "0,8", 1, "0,4", 1),
    (9423, 9423, "Violaines", "COMMUNE", "1", 1, "en cours", 1),
]


def write_posts(w, lines, by_name, membres):
    w("postesCooperation:")
    w("  # ANNEXE 7 §3 « Les évolutions de postes des chargés de coopération territoriale » (L9363-9432).")
    w("  # One entry per row of the table (per employer), NOT per person: the table gives ETP per")
    w("  # employer and a number of persons, never the ETP of each person. `etp` and `nombrePersonnes`")
    w("  # are the 2026-2030 columns as printed (the format bounds etp to 1 per person: Divion 1,36 ETP")
    w("  # for 3 persons, CABBALR 1,5 ETP for 2 persons); no per-person split is invented.")
    w("  # origineCej is left out: the table does not say which post was a CEJ coordinator post (L914-930")
    w("  # says the CEJ posts evolved during CTG 1 in general; seed 001 L3700-3760 lists the CEJ")
    w("  # coordinators of 2021 per commune).")
    w("  # The TOTAL row « 19,38 27 10.74 27 » (L9425) matches the rows (Violaines « en cours » counted")
    w("  # as 0 ETP in 2026-2030). Inconsistency: ANNEXE 3 (L3971-4002) lists Norrent-Fontes among the")
    w("  # « Chargé de Coopération » collectivités, but this table has no Norrent-Fontes row and has a")
    w("  # Bourecq row that ANNEXE 3 does not list. « Ces éléments restent à stabiliser au 31/12/2025 »")
    w("  # (L9432). « Un ajustement du nombre d’ETP a été réalisé au cours de la CTG 1 : - 8 ETP » (L9430),")
    w("  # while the table goes from 19,38 to 10,74 ETP (- 8,64). Seed 001 (CTG 2021-2025, fiche pilotage,")
    w("  # 001_65a752accbc4fa7a.txt L3700-3760) counted 18,88 ETP / 23 persons of CEJ coordinators in 2021")
    w("  # (incl. Norrent-Fontes 1 ETP, no Bourecq), not the 19,38 ETP / 27 persons of the 2020-2025 column.")
    for first, last, label, typ, etp_avant, pers_avant, etp, pers in POSTES:
        printed = " ".join(l.strip() for l in lines[first - 1:last] if l.strip())
        printed = re.sub(r"-\s+", "", printed) if typ != "COMMUNE" else printed
        row = f"{etp_avant} {pers_avant} {etp} {pers}"
        assert row in printed.replace("  ", " "), (first, printed, row)
        if typ == "EPCI":
            code, nom, ident = EPCI_SIREN, "CA de Béthune-Bruay, Artois-Lys Romane", "cct-cabbalr"
        elif typ == "SIVOM":
            code, nom, ident = None, label, "cct-sivom-bethunois"
        else:
            code, nom, rem = resolve(label, None, by_name, membres)
            assert code and not rem, (label, rem)
            ident = "cct-" + slug(nom)
        src = f"L{first}" if first == last else f"L{first}-{last}"
        if not re.fullmatch(r"[0-9]+(,[0-9]+)?", etp):
            # etp is required by the format (> 0): a row without a figure cannot be a post entry.
            w(f"  # {ident} NOT ENCODED ({src}: « {label} » 2020-2025: {etp_avant} ETP, {pers_avant} pers.;")
            w(f"  # 2026-2030: « {etp} » ETP, {pers} pers.): the format requires an etp > 0 and the text gives none.")
            continue
        w(f"  - id: {ident}")
        w(f"    # {src}: « {label} » 2020-2025: {etp_avant} ETP, {pers_avant} pers.; "
          f"2026-2030: {etp} ETP, {pers} pers.")
        if code is None:
            w("    # SIREN of the SIVOM not given in the seeds: employeur is its name.")
        w(f"    employeur: {q(code if code else nom)}")
        w(f"    typeEmployeur: {typ}")
        w(f"    nomEmployeur: {q(nom)}")
        w(f"    etp: {etp.replace(',', '.')}")
        w(f"    nombrePersonnes: {pers}")
        w(f"    source: \"{SEED} {src}\"")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3])
