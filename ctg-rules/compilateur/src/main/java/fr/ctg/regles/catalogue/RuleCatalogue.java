package fr.ctg.regles.catalogue;

import fr.ctg.regles.compilateur.RuleDefinitions;

import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.ValeurParametre;
import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.compilateur.RuleDefinitions;
import fr.ctg.regles.RuleFiles;
import fr.ctg.scenario.CasScenario;
import fr.ctg.scenario.ConstatAbsent;
import fr.ctg.scenario.ConstatAttendu;
import fr.ctg.textes.DocumentSource;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rule catalogue generated from the rules themselves: for each rule id its title, legal basis
 * (with its link when known), seed lines, where it is written (file:line of each rule or table row),
 * the parameters it reads with their dated values and references, and the scenario cases that cover
 * it; then the rules no scenario covers. Markdown or HTML; deterministic (no date, no fingerprint),
 * so a committed copy can be compared with a fresh one.
 *
 * <p>Thread-safe once built; {@code null} arguments are rejected.
 */
public final class RuleCatalogue {
  private final RuleBase base;
  private final RuleDefinitions definitions;
  private final Parametres parametres;
  /** rule id → "scenario file : « case »" entries, sorted. */
  private final SortedMap<String, SortedSet<String>> couverture = new TreeMap<>();

  /**
   * @param scenarios scenario cases by display name of their file (e.g. {@code ao/seuils.scenario.yaml})
   */
  public RuleCatalogue(RuleBase base, RuleFiles files, Parametres parametres, Map<String, List<CasScenario>> scenarios) {
    this.base = base;
    this.parametres = parametres;
    this.definitions = RuleDefinitions.of(files, parametres);
    scenarios.forEach((fichier, cas) -> {
      for (CasScenario c : cas) {
        List<String> ids = new ArrayList<>();
        c.attendu().stream().map(ConstatAttendu::regle).forEach(ids::add);
        c.absents().stream().map(ConstatAbsent::regle).forEach(ids::add);
        for (String id : ids) couverture.computeIfAbsent(id, k -> new TreeSet<>()).add(fichier + " : « " + c.nom() + " »");
      }
    });
  }

  /**
   * What the findings of rule {@code id} say of the provenance of their facts: the facts they report
   * and, when the rule declares them, the further fields its negative conclusions rest on.
   */
  private String provenance(String id, String avant, String apres) {
    SortedSet<String> d = base.decisifs(id);
    String regle = "chaque constat donne la provenance de ses faits (SOURCE, REGISTRE, HYPOTHESE) ;"
        + " une conclusion NON_SATISFAIT ou INELIGIBLE qui reposerait sur une HYPOTHESE, ou sur un fait que deux passages de la source"
        + " disent différemment, est rendue A_VERIFIER (les deux passages sont cités)";
    if (d.isEmpty()) return regle + " (faits décisifs : ceux que le constat rapporte)";
    List<String> champs = new ArrayList<>();
    for (String c : d) champs.add(avant + c + apres);
    return regle + " (faits décisifs : ceux que le constat rapporte et " + String.join(", ", champs) + ")";
  }

  /** The rule ids no scenario case mentions (in {@code attendu} or {@code absents}), sorted. */
  public List<String> nonCouvertes() {
    List<String> out = new ArrayList<>();
    for (RegleInfo r : base.regles()) if (!couverture.containsKey(r.id())) out.add(r.id());
    return out;
  }

  /** Every source document, with the ids of the rules whose {@code @source} cites it. */
  private Map<DocumentSource, List<String>> lecteurs() {
    Map<String, String> sourceParRegle = new TreeMap<>();
    for (RegleInfo r : base.regles()) sourceParRegle.put(r.id(), r.source());
    return fr.ctg.regles.SourcesCitees.embarquees().lecteurs(sourceParRegle);
  }

  public String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Catalogue des règles\n\n");
    b.append("Généré à partir des métadonnées des règles (`@id`, `@titre`, `@fondement`, `@url`, `@source`), de leur texte "
        + "et des paramètres datés ; ne pas modifier à la main. Regénérer : "
        + "`./ctg regles documenter --format markdown --sortie ctg-samples/docs/regles.md`.\n\n");
    b.append(base.regles().size()).append(" règles (").append(base.nombre()).append(" règles Drools, une par issue ou ligne de table).\n\n");
    for (RegleInfo r : base.regles()) {
      b.append("## ").append(r.id()).append(" — ").append(r.titre()).append("\n\n");
      b.append("- **Fondement** : ").append(r.url().map(u -> "[" + md(r.fondement()) + "](" + u + ")").orElse(md(r.fondement()))).append("\n");
      b.append("- **Source** : ").append(md(fr.ctg.regles.SourcesCitees.citer(r.source()))).append("\n");
      b.append("- **Écrite dans** : ").append(lieux(r.id(), "`", "`")).append("\n");
      b.append("- **Provenance** : ").append(provenance(r.id(), "`", "`")).append("\n");
      SortedSet<String> lus = definitions.parametres(r.id());
      if (lus.isEmpty()) {
        b.append("- **Paramètres** : aucun\n");
      } else {
        b.append("- **Paramètres** :\n");
        for (String nom : lus) {
          b.append("  - `").append(nom).append("`");
          Parametre p = parametres.parametre(nom).orElse(null);
          if (p == null) {
            b.append(" : non défini\n");
            continue;
          }
          b.append(" (").append(md(p.unite())).append(") : ");
          List<String> valeurs = new ArrayList<>();
          for (ValeurParametre v : p.valeurs()) valeurs.add(valeur(v, true));
          b.append(String.join(" ; ", valeurs)).append("\n");
        }
      }
      SortedSet<String> cas = couverture.get(r.id());
      b.append("- **Scénarios** : ").append(cas == null ? "aucun" : cas.size() + " cas").append("\n");
      if (cas != null) for (String c : cas) b.append("  - ").append(md(c)).append("\n");
      b.append("\n");
    }
    b.append("## Documents sources\n\n");
    b.append("Les documents que citent les règles (`@source`), avec leur titre, leur date, leur version et leurs signataires, "
        + "et les règles qui les lisent ; les citations des rapports renvoient à leurs articles et pages.\n\n");
    for (Map.Entry<DocumentSource, List<String>> e : lecteurs().entrySet()) {
      DocumentSource d = e.getKey();
      b.append("### ").append(md(d.titre())).append("\n\n");
      b.append("- **Date** : ").append(md(d.date())).append("\n");
      b.append("- **Version** : ").append(md(d.version())).append("\n");
      b.append("- **Signataires** : ").append(md(d.signataires())).append("\n");
      b.append("- **Règles qui le lisent** : ").append(e.getValue().isEmpty() ? "aucune" : String.join(", ", e.getValue())).append("\n\n");
    }
    b.append("## Règles sans scénario\n\n");
    List<String> nc = nonCouvertes();
    if (nc.isEmpty()) b.append("Toutes les règles sont couvertes par au moins un cas de scénario.\n");
    for (String id : nc) b.append("- ").append(id).append("\n");
    return b.toString();
  }

  public String html() {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Catalogue des règles</title></head>\n<body>\n");
    b.append("<h1>Catalogue des règles</h1>\n<p>Généré à partir des métadonnées des règles, de leur texte et des paramètres datés.</p>\n");
    for (RegleInfo r : base.regles()) {
      b.append("<section id=\"").append(attribut(r.id())).append("\">\n<h2>").append(h(r.id())).append(" — ").append(h(r.titre())).append("</h2>\n<dl>\n");
      b.append("<dt>Fondement</dt><dd>").append(r.url().map(u -> "<a href=\"" + attribut(u) + "\">" + h(r.fondement()) + "</a>").orElse(h(r.fondement()))).append("</dd>\n");
      b.append("<dt>Source</dt><dd>").append(h(fr.ctg.regles.SourcesCitees.citer(r.source()))).append("</dd>\n");
      b.append("<dt>Écrite dans</dt><dd>").append(lieux(r.id(), "<code>", "</code>")).append("</dd>\n");
      b.append("<dt>Provenance</dt><dd>").append(provenance(r.id(), "<code>", "</code>")).append("</dd>\n");
      b.append("<dt>Paramètres</dt><dd>");
      SortedSet<String> lus = definitions.parametres(r.id());
      if (lus.isEmpty()) b.append("aucun");
      else {
        b.append("<ul>");
        for (String nom : lus) {
          b.append("<li><code>").append(h(nom)).append("</code> : ");
          Parametre p = parametres.parametre(nom).orElse(null);
          if (p == null) b.append("non défini");
          else {
            List<String> valeurs = new ArrayList<>();
            for (ValeurParametre v : p.valeurs()) valeurs.add(h(valeur(v, false)));
            b.append(String.join(" ; ", valeurs));
          }
          b.append("</li>");
        }
        b.append("</ul>");
      }
      b.append("</dd>\n<dt>Scénarios</dt><dd>");
      SortedSet<String> cas = couverture.get(r.id());
      if (cas == null) b.append("aucun");
      else {
        b.append("<ul>");
        for (String c : cas) b.append("<li>").append(h(c)).append("</li>");
        b.append("</ul>");
      }
      b.append("</dd>\n</dl>\n</section>\n");
    }
    b.append("<h2>Documents sources</h2>\n");
    for (Map.Entry<DocumentSource, List<String>> e : lecteurs().entrySet()) {
      DocumentSource d = e.getKey();
      b.append("<section>\n<h3>").append(h(d.titre())).append("</h3>\n<dl>\n");
      b.append("<dt>Date</dt><dd>").append(h(d.date())).append("</dd>\n");
      b.append("<dt>Version</dt><dd>").append(h(d.version())).append("</dd>\n");
      b.append("<dt>Signataires</dt><dd>").append(h(d.signataires())).append("</dd>\n");
      b.append("<dt>Règles qui le lisent</dt><dd>").append(e.getValue().isEmpty() ? "aucune" : h(String.join(", ", e.getValue())))
          .append("</dd>\n</dl>\n</section>\n");
    }
    b.append("<h2>Règles sans scénario</h2>\n<ul>\n");
    for (String id : nonCouvertes()) b.append("<li>").append(h(id)).append("</li>\n");
    b.append("</ul>\n</body>\n</html>\n");
    return b.toString();
  }

  private String lieux(String id, String open, String close) {
    List<String> l = definitions.lieux(id);
    if (l.isEmpty()) return "inconnu";
    SortedMap<String, List<String>> parFichier = new TreeMap<>();
    for (String s : l) {
      int i = s.lastIndexOf(':');
      parFichier.computeIfAbsent(s.substring(0, i), k -> new ArrayList<>()).add(s.substring(i + 1));
    }
    List<String> out = new ArrayList<>();
    parFichier.forEach((f, lignes) -> out.add(open + f + close + (lignes.size() == 1 ? " ligne " : " lignes ") + String.join(", ", lignes)));
    return String.join(" ; ", out);
  }

  private static String valeur(ValeurParametre v, boolean markdown) {
    String ref = fr.ctg.regles.SourcesCitees.citer(v.reference().texte());
    String lien = v.reference().url().map(u -> markdown ? " ([lien](" + u + "))" : " (" + u + ")").orElse("");
    return v.enTexte() + " depuis le " + v.depuis() + v.jusquAu().map(f -> " jusqu'au " + f).orElse("")
        + " — " + (markdown ? md(ref) : ref) + lien;
  }

  private static String md(String s) {
    return s.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
  }

  /** {@code s} escaped for an element's content, by jte's escaper (the one of the HTML report's templates). */
  private static String h(String s) {
    StringOutput o = new StringOutput();
    Escape.htmlContent(s, o);
    return o.toString();
  }

  /** {@code s} escaped for a double-quoted attribute value, by jte's escaper. */
  private static String attribut(String s) {
    StringOutput o = new StringOutput();
    Escape.htmlAttribute(s, o);
    return o.toString();
  }
}
