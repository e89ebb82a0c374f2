package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.report.CsvReport;
import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.eligibilite.report.MarkdownReport;
import fr.ctg.eligibilite.report.TextReport;
import fr.ctg.convention.Convention;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.SourcesCitees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12 §4: a user has the law and their convention, not our files. No report format of any sample
 * convention, nor the rule catalogue, nor the scenario or verifier output, names a source document by
 * its internal file name ({@code NNN_hash.txt}); they cite its title, article, page and passage.
 */
class CitationsLisiblesTest {
  static final Pattern FICHIER_INTERNE = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
  static final Path CONVENTIONS = Path.of("src/main/resources/conventions");
  private static final Evaluateur EVALUATEUR = Evaluateur.builder().parametres(DocumentReader.bundledParametres()).build();

  static Stream<Path> conventions() throws Exception {
    try (Stream<Path> s = Files.list(CONVENTIONS)) {
      return s.filter(p -> p.toString().endsWith(".ctg.yaml")).sorted().toList().stream();
    }
  }

  private static void aucunFichierInterne(String ou, String texte) {
    Matcher m = FICHIER_INTERNE.matcher(texte);
    assertFalse(m.find(), () -> ou + " nomme un fichier interne « " + m.group() + " » : …"
        + texte.substring(Math.max(0, m.start() - 200), Math.min(texte.length(), m.end() + 100)) + "…");
  }

  @ParameterizedTest
  @MethodSource("conventions")
  void chaqueFormatDeRapportCiteLesSourcesParLeurTitre(Path fichier) throws Exception {
    Convention c = DocumentReader.readConvention(fichier);
    Rapport r = EVALUATEUR.verifier(c, c.dateDebut().plusMonths(6));
    RuleBase base = RuleBase.bundled();
    aucunFichierInterne(fichier + " (texte)", TextReport.render(r));
    aucunFichierInterne(fichier + " (JSON)", JsonReport.render(r));
    aucunFichierInterne(fichier + " (Markdown)", MarkdownReport.render(r, base));
    aucunFichierInterne(fichier + " (HTML)", HtmlReport.render(r, base, c));
    aucunFichierInterne(fichier + " (CSV)", CsvReport.render(r));
    // and through the CLI, as a user runs it
    for (String format : List.of("text", "json", "markdown", "html")) {
      CliRun run = CliRun.run("check", fichier.toString(), "--format", format);
      aucunFichierInterne(fichier + " (ctg check --format " + format + ")", run.out + run.err);
    }
  }

  @Test
  void leCatalogueLesScenariosEtLeVerificateurCitentLesSourcesParLeurTitre() {
    for (String format : List.of("markdown", "html")) {
      CliRun r = CliRun.run("regles", "documenter", "--format", format).expect(0);
      aucunFichierInterne("ctg regles documenter --format " + format, r.out);
    }
    CliRun tester = CliRun.run("regles", "tester", "src/main/resources/scenarios");
    aucunFichierInterne("ctg regles tester", tester.out + tester.err);
    CliRun verifier = CliRun.run("regles", "verifier");
    aucunFichierInterne("ctg regles verifier", verifier.out + verifier.err);
  }

  @Test
  void uneCitationDitLeTitreLArticleLaPageEtLePassage() {
    String cite = SourcesCitees.citer("CASF art. L.214-2-1 ; 004_6fa37c30264637ed.txt L347");
    assertTrue(cite.startsWith("CASF art. L.214-2-1 ; « Convention territoriale globale 2026-2030 de la Communauté "
        + "d'agglomération d'Hénin-Carvin avec la Caf du Pas-de-Calais », Article 3 : Les champs d'intervention"), cite);
    assertTrue(cite.contains(", p. 10 : « - Soutiennent la qualité des modes d'accueil"), cite);
    assertTrue(cite.contains("doivent se doter d'un relais petite enfance à compter du 1er janvier 2026"), cite);
    // a remark in parentheses stays with its range; text without citation is unchanged
    String deux = SourcesCitees.citer("004_6fa37c30264637ed.txt L235-245 (article 1), L428");
    assertTrue(deux.contains("Article 1 : Objet de la convention, p. 8 : « ") && deux.contains(" (article 1) ; Article 6 - a"), deux);
    assertTrue(SourcesCitees.citer("CASF art. L.214-2 II").equals("CASF art. L.214-2 II"));
    // every document is catalogued with its title, date, version and signatories
    assertTrue(SourcesCitees.embarquees().documents().size() == 5);
  }
}
