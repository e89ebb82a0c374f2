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

/** {@link CsvReport#cellule}: OWASP's neutralisation of spreadsheet formulas (issue 15). */
class CsvReportTest {
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
