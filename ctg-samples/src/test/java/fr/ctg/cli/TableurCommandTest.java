package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spreadsheet round trip of docs/regles-experts.md: export the decision tables as workbooks,
 * edit a cell as Excel or LibreOffice would (here with POI), verify, load with --regles and see the
 * obligation change; a broken cell is refused at its sheet and cell, exit 3.
 */
class TableurCommandTest {
  private static final String AO = "fr/ctg/regles/ao/obligations-ao.drl.xlsx";
  private static final String RPE = "AO-RPE : définition en vigueur";

  @TempDir Path dir;

  /** Writes {@code valeur} in column {@code colonne} (from 0) of the row of rule {@code regle}. */
  private static void modifier(Path classeur, String regle, int colonne, String valeur) throws Exception {
    Workbook wb;
    try (InputStream in = Files.newInputStream(classeur)) {
      wb = WorkbookFactory.create(in);
    }
    try (wb) {
      boolean trouvee = false;
      for (Row r : wb.getSheetAt(0)) {
        Cell c = r.getCell(0);
        if (c != null && c.getStringCellValue().equals(regle)) {
          r.getCell(colonne).setCellValue(valeur);
          trouvee = true;
        }
      }
      assertTrue(trouvee, regle);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Files.write(classeur, out.toByteArray());
    }
  }

  @Test
  void exporterEnXlsxModifierUnSeuilVerifierCharger() throws Exception {
    Path regles = dir.resolve("regles");
    CliRun export = CliRun.run("regles", "exporter", regles.toString(), "--format", "xlsx").expect(0);
    assertTrue(export.out.contains("Ensuite : ctg regles verifier " + regles), export.out);
    assertTrue(Files.exists(regles.resolve(AO)));
    assertFalse(Files.exists(regles.resolve("fr/ctg/regles/ao/obligations-ao.drl.csv")));
    assertTrue(Files.exists(regles.resolve("fr/ctg/regles/bt/trajectoire.drl.xlsx")));

    // the workbooks as exported: not even a warning, and the same obligations as the bundled rules
    CliRun verif = CliRun.run("regles", "verifier", regles.toString()).expect(0);
    assertEquals("", verif.err);
    assertTrue(verif.out.contains("0 erreur(s), 0 avertissement(s)"), verif.out);
    String[] achicourt = {"obligations", "--commune", "62004", "--date", "2026-01-01"};
    CliRun embarquees = CliRun.run(concat(achicourt, "--format", "json")).expect(0);
    CliRun exportees = CliRun.run(concat(achicourt, "--format", "json", "--regles", regles.toString())).expect(0);
    assertEquals(sansRegles(embarquees.out), sansRegles(exportees.out));
    assertFalse(exportees.out.contains("\"AO-RPE\""), exportees.out);

    // The threshold of the RPE obligation (column H) is now the planning one, 3 500 inhabitants:
    // Achicourt (about 8 000) must have a relais petite enfance, to check.
    modifier(regles.resolve(AO), RPE, 7, "ao.seuil_planification");
    CliRun.run("regles", "verifier", regles.toString()).expect(0);
    CliRun apres = CliRun.run(concat(achicourt, "--regles", regles.toString(), "--format", "text")).expect(0);
    assertTrue(apres.out.contains("AO-RPE"), apres.out);
    assertTrue(apres.out.matches("(?s).*A_VERIFIER\\s+AO-RPE.*|.*AO-RPE[^\\n]*A_VERIFIER.*"), apres.out);

    // the two rule sets compared on the same commune: the bundled rules, and the edited workbook
    CliRun diff = CliRun.run("diff", "--regles-reforme", regles.toString(), "obligations", "--commune", "62004",
        "--date", "2026-01-01").expect(0);
    assertTrue(diff.out.startsWith("Règles : loi en vigueur classpath ("), diff.out);
    assertTrue(diff.out.contains(" ; réforme " + regles + " ("), diff.out);
    assertTrue(diff.out.contains("AO-RPE : +1 constats, -0, 0 modifiés"), diff.out);
    assertTrue(diff.out.contains("+ AO-RPE commune 62004 Achicourt : A_VERIFIER"), diff.out);

    // A parameter name with a typo: refused at its sheet and cell, in French, exit 3, by the
    // verifier and by every command that loads the directory.
    modifier(regles.resolve(AO), RPE, 7, "ao.seuil_rpee");
    String attendu = regles.resolve(AO) + ":obligations-ao!H24: paramètre « ao.seuil_rpee » lu par une règle mais "
        + "défini dans aucun fichier de parametres/";
    CliRun casse = CliRun.run("regles", "verifier", regles.toString()).expect(3);
    assertTrue(casse.err.contains(attendu), casse.err);
    CliRun charge = CliRun.run(concat(achicourt, "--regles", regles.toString())).expect(3);
    assertTrue(charge.err.contains(attendu), charge.err);

    CliRun.run("regles", "exporter", dir.resolve("autre").toString(), "--format", "ods").expect(2);

    // a CSV export over the workbooks (--ecraser) replaces them: never the same table twice
    CliRun csv = CliRun.run("regles", "exporter", regles.toString(), "--ecraser").expect(0);
    assertTrue(csv.out.contains(regles.resolve(AO) + " : remplacé par " + regles.resolve(AO.replace(".xlsx", ".csv"))), csv.out);
    assertFalse(Files.exists(regles.resolve(AO)));
    CliRun.run("regles", "verifier", regles.toString()).expect(0);
    // a copy left beside the other: refused, both formats named
    Files.write(regles.resolve(AO), fr.ctg.regles.compilateur.Classeurs.enClasseurs(fr.ctg.regles.RuleFiles.bundled()).all().get(AO));
    CliRun double_ = CliRun.run("regles", "verifier", regles.toString()).expect(3);
    assertTrue(double_.err.contains(regles.resolve(AO) + ":0:0: la même table existe aussi en CSV "
        + "(fr/ctg/regles/ao/obligations-ao.drl.csv) : Drools chargerait les deux"), double_.err);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The report without the lines that name the rule set (source and fingerprint differ by design). */
  private static String sansRegles(String json) {
    return json.replaceAll("(?s)\"regles\"\\s*:\\s*\\{[^}]*\\}", "");
  }
}
