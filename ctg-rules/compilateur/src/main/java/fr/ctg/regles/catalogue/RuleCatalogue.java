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
import fr.ctg.textes.TextesJuridiques;
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
        + " disent différemment, est rendue A_VERIFIER (les deux passages sont cités) ; une conclusion SATISFAIT ou ELIGIBLE"
        + " tirée d'une HYPOTHESE garde son statut « sous réserve » que l'hypothèse se confirme";
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

  /** A legal text of the « Sources » section: title, date, versions, verification, who cites it. */
  private static final class TexteSource {
    final String titre;
    final java.util.Optional<String> url;
    final java.util.Optional<String> date;
    final List<String> versions;
    final String verification;
    final SortedSet<String> regles;
    final SortedSet<String> parametres;

    TexteSource(String titre, java.util.Optional<String> url, java.util.Optional<String> date, List<String> versions,
        String verification, SortedSet<String> regles, SortedSet<String> parametres) {
      this.titre = titre;
      this.url = url;
      this.date = date;
      this.versions = versions;
      this.verification = verification;
      this.regles = regles;
      this.parametres = parametres;
    }
  }

  /**
   * Every article and every law or decree of the table of legal texts, then every article the rules or
   * the parameters cite that the table lacks (« aucune version recensée »), each with the rule ids whose
   * {@code @fondement} cites it and the parameters whose reference does.
   */
  private List<TexteSource> textesJuridiques() {
    TextesJuridiques table = fr.ctg.regles.TextesJuridiquesEmbarques.embarques();
    SortedMap<String, SortedSet<String>> regles = new TreeMap<>();
    SortedMap<String, SortedSet<String>> params = new TreeMap<>();
    for (RegleInfo r : base.regles()) {
      for (String c : TextesJuridiques.cles(r.fondement())) regles.computeIfAbsent(c, k -> new TreeSet<>()).add(r.id());
    }
    for (Parametre p : parametres.tous()) {
      for (ValeurParametre v : p.valeurs()) {
        for (String c : TextesJuridiques.cles(v.reference().texte())) params.computeIfAbsent(c, k -> new TreeSet<>()).add(p.nom());
      }
    }
    List<TexteSource> out = new ArrayList<>();
    SortedSet<String> connus = new TreeSet<>();
    for (TextesJuridiques.Article a : table.articles()) {
      connus.add(a.numero());
      List<String> versions = new ArrayList<>();
      for (TextesJuridiques.Version v : a.versions()) {
        StringBuilder l = new StringBuilder("en vigueur du ").append(TextesJuridiques.date(v.depuis()))
            .append(v.jusquAu().map(j -> " au " + TextesJuridiques.date(j)).orElse(" (sans fin connue)"))
            .append(", issue de : ").append(v.issueDe());
        if (v.creation()) l.append(" (création de l'article)");
        if (v.lecture()) l.append(" — lecture de ctg");
        v.parametre().ifPresent(p -> l.append(" — même date que le paramètre ").append(p));
        for (TextesJuridiques.EffetDiffere e : v.effetsDifferes()) {
          l.append(" — effet différé : ").append(e.partie()).append(", à compter du ").append(TextesJuridiques.date(e.depuis()));
          e.parametre().ifPresent(p -> l.append(" (paramètre ").append(p).append(")"));
          l.append(" (").append(e.verification()).append(")");
        }
        l.append(" (").append(v.verification()).append(")");
        versions.add(l.toString());
      }
      out.add(new TexteSource(a.code().titre() + " (" + a.code().sigle() + "), art. " + a.numero(),
          a.legiarti().map(id -> "https://www.legifrance.gouv.fr/codes/article_lc/" + id), java.util.Optional.empty(),
          versions, a.verification(), regles.getOrDefault(a.numero(), new TreeSet<>()), params.getOrDefault(a.numero(), new TreeSet<>())));
    }
    for (TextesJuridiques.TexteOfficiel t : table.textes()) {
      connus.add(t.cle());
      out.add(new TexteSource(t.titre(), t.eli(), t.publication().map(p -> "publication au Journal officiel du " + TextesJuridiques.date(p)),
          List.of("cité tel que publié au Journal officiel ; les articles qu'il a créés ou modifiés dans un code ont leurs versions ci-dessus"),
          t.verification(), regles.getOrDefault(t.cle(), new TreeSet<>()), params.getOrDefault(t.cle(), new TreeSet<>())));
    }
    SortedSet<String> inconnus = new TreeSet<>(regles.keySet());
    inconnus.addAll(params.keySet());
    inconnus.removeAll(connus);
    for (String c : inconnus) {
      out.add(new TexteSource(c, java.util.Optional.empty(), java.util.Optional.empty(), List.of("aucune version recensée par ctg"),
          "absent de fr/ctg/textes/legifrance.yaml", regles.getOrDefault(c, new TreeSet<>()), params.getOrDefault(c, new TreeSet<>())));
    }
    return out;
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
    b.append("## Sources\n\n");
    b.append("Chaque source des règles : les textes juridiques que citent leurs fondements (`@fondement`) et les références "
        + "des paramètres, avec leurs versions, puis les documents qu'elles lisent (`@source`).\n\n");
    b.append("### Textes juridiques\n\n");
    b.append("Chaque article cité, avec les versions que les règles encodent (entrée en vigueur, sortie de vigueur, texte "
        + "d'origine ; « lecture de ctg » quand la date ou le texte d'origine n'est pas une donnée vue dans les données LEGI), "
        + "et chaque loi ou décret cité, avec les règles et les paramètres qui le citent. Un rapport dit quelle version est en "
        + "vigueur à sa date d'évaluation. Données : `fr/ctg/textes/legifrance.yaml`.\n\n");
    for (TexteSource t : textesJuridiques()) {
      b.append("#### ").append(t.url.map(u -> "[" + md(t.titre) + "](" + u + ")").orElse(md(t.titre))).append("\n\n");
      if (t.date.isPresent()) b.append("- **Date** : ").append(md(t.date.get())).append("\n");
      for (String v : t.versions) b.append("- **Version** : ").append(md(v)).append("\n");
      b.append("- **Vérification** : ").append(md(t.verification)).append("\n");
      b.append("- **Règles qui le citent** : ").append(t.regles.isEmpty() ? "aucune" : String.join(", ", t.regles)).append("\n");
      b.append("- **Paramètres qui le citent** : ").append(t.parametres.isEmpty() ? "aucun" : "`" + String.join("`, `", t.parametres) + "`").append("\n\n");
    }
    b.append("### Documents sources\n\n");
    b.append("Les documents que citent les règles (`@source`), avec leur titre, leur date, leur version et leurs signataires, "
        + "et les règles qui les lisent ; les citations des rapports renvoient à leurs articles et pages.\n\n");
    for (Map.Entry<DocumentSource, List<String>> e : lecteurs().entrySet()) {
      DocumentSource d = e.getKey();
      b.append("#### ").append(md(d.titre())).append("\n\n");
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
    b.append("<h2>Sources</h2>\n<h3>Textes juridiques</h3>\n");
    for (TexteSource t : textesJuridiques()) {
      b.append("<section>\n<h4>").append(t.url.map(u -> "<a href=\"" + attribut(u) + "\">" + h(t.titre) + "</a>").orElse(h(t.titre)))
          .append("</h4>\n<dl>\n");
      if (t.date.isPresent()) b.append("<dt>Date</dt><dd>").append(h(t.date.get())).append("</dd>\n");
      for (String v : t.versions) b.append("<dt>Version</dt><dd>").append(h(v)).append("</dd>\n");
      b.append("<dt>Vérification</dt><dd>").append(h(t.verification)).append("</dd>\n");
      b.append("<dt>Règles qui le citent</dt><dd>").append(t.regles.isEmpty() ? "aucune" : h(String.join(", ", t.regles))).append("</dd>\n");
      b.append("<dt>Paramètres qui le citent</dt><dd>").append(t.parametres.isEmpty() ? "aucun" : h(String.join(", ", t.parametres)))
          .append("</dd>\n</dl>\n</section>\n");
    }
    b.append("<h3>Documents sources</h3>\n");
    for (Map.Entry<DocumentSource, List<String>> e : lecteurs().entrySet()) {
      DocumentSource d = e.getKey();
      b.append("<section>\n<h4>").append(h(d.titre())).append("</h4>\n<dl>\n");
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
