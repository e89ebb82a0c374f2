package fr.ctg.eligibilite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CsvReport#cellule}: OWASP's neutralisation of spreadsheet formulas (issue 15);
 * {@link CsvReport#writeDate}: the CSV of several dates (issue 16).
 */
class CsvReportTest {
  private static fr.ctg.rapport.Rapport rapport(java.time.LocalDate date, String nom) {
    return fr.ctg.rapport.ImmutableRapport.builder()
        .dateEvaluation(date)
        .regles(fr.ctg.rapport.ImmutableReglesUtilisees.builder().source("classpath").empreinte("sha256:" + "0".repeat(64))
            .nombre(1).build())
        .addConstat(fr.ctg.rapport.ImmutableConstat.builder()
            .regle("AO-RPE")
            .sujet(fr.ctg.rapport.Sujet.of("commune", "62119", nom))
            .statut(fr.ctg.rapport.Statut.A_VERIFIER)
            .message("à vérifier ; « entre guillemets »")
            .addFondement(fr.ctg.rapport.Fondement.of("CASF art. L.214-1-3 II al. 4", java.util.Optional.empty()))
            .build())
        .build();
  }

  @Example
  void plusieursDatesUneTableUneEntete() throws Exception {
    fr.ctg.rapport.Rapport premier = rapport(java.time.LocalDate.of(2025, 6, 1), "Béthune");
    fr.ctg.rapport.Rapport second = rapport(java.time.LocalDate.of(2026, 6, 1), "=Béthune");
    java.io.StringWriter out = new java.io.StringWriter();
    CsvReport.writeDate(premier, out, true);
    CsvReport.writeDate(second, out, false);
    assertEquals("date;regle;sujet_type;sujet_id;sujet_nom;statut;message\n"
        + "2025-06-01;AO-RPE;commune;62119;Béthune;A_VERIFIER;\"à vérifier ; « entre guillemets »\"\n"
        + "2026-06-01;AO-RPE;commune;62119;'=Béthune;A_VERIFIER;\"à vérifier ; « entre guillemets »\"\n", out.toString());
    // each row is the row of the report alone, led by its date
    for (fr.ctg.rapport.Rapport r : java.util.List.of(premier, second)) {
      String ligne = CsvReport.render(r).lines().skip(1).findFirst().orElseThrow();
      assertTrue(out.toString().contains("\n" + r.dateEvaluation() + ";" + ligne + "\n"), ligne);
    }
  }

  @Property(tries = 500)
  void uneCelluleNeCommenceJamaisParUneFormuleEtSeRelit(@ForAll("cellules") String v) {
    String c = CsvReport.cellule(v);
    // nothing is lost: the original is the cell, or the cell without its quote prefix
    assertTrue(c.equals(v) || c.equals("'" + v), c);
    boolean nombre = v.matches("-?[0-9]+([.,][0-9]+)?");
    assertTrue(c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0 || nombre, c);
    assertEquals(c.equals(v), v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0 || nombre, v);
  }

  @Example
  void exemplesOwasp() {
    assertEquals("'=1+2", CsvReport.cellule("=1+2"));
    assertEquals("'+1+2", CsvReport.cellule("+1+2"));
    assertEquals("'-1+2", CsvReport.cellule("-1+2"));
    assertEquals("'@SUM(1+2)", CsvReport.cellule("@SUM(1+2)"));
    assertEquals("'\t=1", CsvReport.cellule("\t=1"));
    assertEquals("'\r=1", CsvReport.cellule("\r=1"));
    assertEquals("-12", CsvReport.cellule("-12"));
    assertEquals("-3,50", CsvReport.cellule("-3,50"));
    assertEquals("'-", CsvReport.cellule("-"));
    assertEquals("Béthune", CsvReport.cellule("Béthune"));
  }

  /**
   * A national report is ~80 000 lines: written through the caller's buffer, not flushed down at
   * each line (Jackson's default for a sequence made it one system call per line on a console).
   */
  @Example
  void lesLignesNeSontPasVideesUneAUne() throws java.io.IOException {
    int[] vidages = {0};
    java.io.StringWriter texte = new java.io.StringWriter();
    java.io.Writer out = new java.io.FilterWriter(texte) {
      @Override
      public void flush() throws java.io.IOException {
        vidages[0]++;
        super.flush();
      }
    };
    List<List<String>> lignes = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) lignes.add(List.of("AO-" + i, "nom; " + i));
    CsvReport.ecrire(out, new String[] {"regle", "nom"}, lignes);
    String[] lu = texte.toString().split("\n");
    assertEquals(1_001, lu.length);
    assertEquals("regle;nom", lu[0]);
    assertEquals("AO-999;\"nom; 999\"", lu[1_000]);
    assertTrue(vidages[0] >= 1 && vidages[0] <= 2, "vidages : " + vidages[0]);
  }

  @Provide
  Arbitrary<String> cellules() {
    Arbitrary<String> debut = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "", "a", "1", "'", " ");
    return net.jqwik.api.Combinators.combine(debut, Arbitraries.strings().withChars("0123456789.,-+=@abc ;\"\t").ofMaxLength(8))
        .as((d, reste) -> d + reste);
  }
}
