package fr.ctg.eligibilite.report;

import fr.ctg.convention.Convention;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Optional;

/**
 * The report as one self-contained HTML page for people (French), action first: counts by statut;
 * what to do (NON_SATISFAIT and A_VERIFIER findings grouped by rule family and rule, each group with
 * its deadline, its legal basis linked to Légifrance, the fact that would settle it and its
 * subjects), then by authority; inline SVG charts (bonus per structure, envelope by year, population
 * against the thresholds); the full detail folded, with filters by text, statut, rule family and
 * commune; the parameters read. Inline CSS and JavaScript, no external resource; a print stylesheet
 * (A4, a page per section, folded parts stay folded). Rendered by the jte templates of
 * {@code src/main/jte} ({@code rapport.jte} and the partials of {@code partiels/}), precompiled at
 * build time and escaped by context. Deterministic and thread-safe.
 *
 * <p>{@code null} arguments are rejected.
 */
public final class HtmlReport {
  private static final TemplateEngine MOTEUR = TemplateEngine.createPrecompiled(null, ContentType.Html,
      HtmlReport.class.getClassLoader(), "fr.ctg.eligibilite.report.jte");

  private HtmlReport() {}

  /** The page, with the titles and seed lines of the bundled rules. */
  public static String render(Rapport rapport) {
    return render(rapport, RuleBase.bundled());
  }

  /** The page, with the titles and seed lines of the rules of {@code regles}. */
  public static String render(Rapport rapport, RuleBase regles) {
    return rendre(rapport, regles, Optional.empty());
  }

  /**
   * The page of the report of {@code convention}: also draws the trajectory of its bonus territoire
   * ({@code bonusTerritoire} by year, and the envelope the report evaluated).
   */
  public static String render(Rapport rapport, RuleBase regles, Convention convention) {
    return rendre(rapport, regles, Optional.of(convention));
  }

  /**
   * The page comparing {@code avant} (the law in force) and {@code apres} (a reform) — {@code ctg diff}:
   * counts per rule, then the findings added, removed and changed, filterable like the report's detail.
   * {@code contexte}: lines that say what is compared (the reform's parameters, the selection).
   */
  public static String renderDiff(Rapport avant, Rapport apres, String titre, List<String> contexte, RuleBase regles) {
    StringOutput out = new StringOutput(64 * 1024);
    MOTEUR.render("diff.jte", DiffView.of(avant, apres, titre, contexte, regles::regle), out);
    return out.toString();
  }

  private static String rendre(Rapport rapport, RuleBase regles, Optional<Convention> convention) {
    StringOutput out = new StringOutput(256 * 1024);
    MOTEUR.render("rapport.jte", PageView.of(ReportView.of(rapport, regles::regle), convention), out);
    return out.toString();
  }
}
