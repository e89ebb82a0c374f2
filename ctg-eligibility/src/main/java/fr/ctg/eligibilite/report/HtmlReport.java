package fr.ctg.eligibilite.report;

import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The report as one self-contained HTML page for people (French): summary by statut, findings
 * grouped by rule family and rule with their legal basis (links when known), the seed lines each
 * rule encodes and each finding's explanation (folded), the territory table with each commune's AO
 * obligations, the parameters read. Inline CSS, no external resource, printable ({@code @media
 * print}, folded parts unfolded before printing). Rendered by the jte template
 * {@code src/main/jte/rapport.jte}, precompiled at build time and escaped by context. Deterministic
 * and thread-safe.
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
    StringOutput out = new StringOutput(64 * 1024);
    MOTEUR.render("rapport.jte", ReportView.of(rapport, regles::regle), out);
    return out.toString();
  }
}
