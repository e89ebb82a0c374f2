package fr.ctg.regles.compilateur;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.Verification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision tables as workbooks (Drools' spreadsheet format): exported from the CSV tables, they give
 * the same rules, byte for byte the same file each time, no warning from the verifier, and a cell
 * an expert breaks is named by its sheet and cell.
 */
class TableurTest {
  private static final String AO = "fr/ctg/regles/ao/obligations-ao.drl.xlsx";

  @TempDir Path dir;

  @Test
  void chaqueTableExporteeEnClasseurDonneLesMemesRegles() {
    RuleFiles csv = RuleFiles.bundled();
    RuleFiles xlsx = Classeurs.enClasseurs(csv);
    int tables = 0;
    for (Map.Entry<String, byte[]> f : csv.rules().entrySet()) {
      if (!f.getKey().endsWith(".drl.csv")) {
        assertArrayEquals(f.getValue(), xlsx.all().get(f.getKey()), f.getKey());
        continue;
      }
      String classeur = f.getKey().replace(".drl.csv", ".drl.xlsx");
      assertFalse(xlsx.all().containsKey(f.getKey()), "la table CSV reste à côté du classeur : " + f.getKey());
      assertEquals(DecisionTables.drl(f.getKey(), f.getValue()), DecisionTables.drl(classeur, xlsx.all().get(classeur)), classeur);
      tables++;
    }
    assertEquals(2, tables);
    assertEquals(csv.parameters().keySet(), xlsx.parameters().keySet());
  }

  @Test
  void lExportEnClasseurEstIdentiqueOctetPourOctet() throws Exception {
    byte[] premier = Classeurs.enClasseurs(RuleFiles.bundled()).all().get(AO);
    Thread.sleep(2100); // the zip format keeps the time to 2 s: a date taken from the clock would differ
    byte[] second = Classeurs.enClasseurs(RuleFiles.bundled()).all().get(AO);
    assertArrayEquals(premier, second);
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(premier))) {
      int n = 0;
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
        String texte = new String(z.readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().equals("docProps/core.xml")) assertFalse(texte.contains("created"), texte);
        n++;
      }
      assertTrue(n >= 5, "entrées : " + n);
    }
  }

  @Test
  void unJeuExporteEnClasseurPasseLeVerificateurSansAvertissement() throws Exception {
    Classeurs.enClasseurs(RuleFiles.bundled()).export(dir, false);
    assertTrue(Files.exists(dir.resolve(AO)));
    Verification v = RuleVerifier.verify(RuleFiles.fromDirectory(dir));
    assertEquals(List.of(), v.problems());
    assertEquals(RuleBase.bundled().nombre(), v.base().orElseThrow().nombre());
    assertEquals(RuleDefinitions.of(RuleFiles.bundled(), RuleBase.bundled().parametres()).ids(),
        RuleDefinitions.of(RuleFiles.fromDirectory(dir), RuleBase.bundled().parametres()).ids());
  }

  /** The row of the workbook whose first cell is {@code regle}, from 0. */
  private static Row ligne(Sheet s, String regle) {
    for (Row r : s) {
      Cell c = r.getCell(0);
      if (c != null && c.getStringCellValue().equals(regle)) return r;
    }
    throw new AssertionError("ligne introuvable : " + regle);
  }

  private void modifier(String regle, int colonne, String valeur) throws Exception {
    Path f = dir.resolve(AO);
    Workbook wb;
    try (InputStream in = Files.newInputStream(f)) {
      wb = WorkbookFactory.create(in);
    }
    try (wb) {
      ligne(wb.getSheetAt(0), regle).getCell(colonne).setCellValue(valeur);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Files.write(f, out.toByteArray());
    }
  }

  private List<String> problemes() {
    return RuleVerifier.verify(RuleFiles.fromDirectory(dir)).problems().stream().map(RuleProblem::toString)
        .collect(Collectors.toList());
  }

  @Test
  void uneCelluleCasseeEstNommeeParSaFeuilleEtSaCellule() throws Exception {
    Classeurs.enClasseurs(RuleFiles.bundled()).export(dir, false);
    // the threshold of AO-RPE (column H, row 24 as in the CSV) names a parameter that does not exist
    modifier("AO-RPE : définition en vigueur", 7, "ao.seuil_rpee");
    List<String> p = problemes();
    assertTrue(p.stream().anyMatch(x -> x.endsWith("obligations-ao.drl.xlsx:obligations-ao!H24: paramètre « ao.seuil_rpee » "
        + "lu par une règle mais défini dans aucun fichier de parametres/")), p.toString());

    // a comparison that is no operator: a syntax error in the generated rule, brought back to its cell
    modifier("AO-RPE : définition en vigueur", 7, "ao.seuil_rpe");
    modifier("AO-RPE : définition en vigueur", 6, "=>");
    p = problemes();
    assertFalse(p.isEmpty());
    assertTrue(p.get(0).contains("obligations-ao.drl.xlsx:obligations-ao!G24: erreur de syntaxe"), p.toString());
    assertTrue(p.get(0).contains("(ligne de table « AO-RPE : définition en vigueur »)"), p.toString());
  }

  /** A malformed table, which Drools' parser throws on: at the cell it names, in the workbook's terms. */
  @Test
  void uneTableMalFormeeEstNommeeParSaFeuilleEtSaCellule() throws Exception {
    Classeurs.enClasseurs(RuleFiles.bundled()).export(dir, false);
    modifier("NAME", 1, "ZORGLUB");   // no keyword: the metadata below it is content where none is allowed
    List<String> p = problemes();
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).endsWith("obligations-ao.drl.xlsx:obligations-ao!B10: avertissement : type de colonne « ZORGLUB » : "
        + "Drools le lit comme DATE-EXPIRES d'après sa première lettre ; écrivez DATE-EXPIRES (ou Z) si c'est voulu, sinon un "
        + "mot-clé de Drools"), p.toString());
    assertTrue(p.get(1).endsWith("obligations-ao.drl.xlsx:obligations-ao!B12: contenu inattendu « id($param) » : "
        + "cette cellule doit rester vide"), p.toString());
  }

  @Test
  void uneTableSurUneAutreFeuilleEstSignaleeEtUnClasseurIllisibleRefuse() throws Exception {
    Classeurs.enClasseurs(RuleFiles.bundled()).export(dir, false);
    Path f = dir.resolve(AO);
    Workbook wb;
    try (InputStream in = Files.newInputStream(f)) {
      wb = WorkbookFactory.create(in);
    }
    try (wb) {
      Sheet autre = wb.createSheet("Brouillon");
      autre.createRow(2).createCell(1).setCellValue("RuleTable Essai");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      Files.write(f, out.toByteArray());
    }
    assertEquals(List.of(dir.resolve(AO).toString().replace('\\', '/') + ":Brouillon!B3: avertissement : table ignorée : "
        + "Drools ne lit que la première feuille d'un classeur (« obligations-ao ») ; déplacez cette table dans la "
        + "première feuille, ou dans un autre fichier .drl.xlsx"), problemes());

    Files.write(f, "RuleSet,fr.ctg.regles.ao\n".getBytes(StandardCharsets.UTF_8));
    List<String> p = RuleVerifier.verify(RuleFiles.fromDirectory(dir)).errors().stream().map(RuleProblem::toString)
        .collect(Collectors.toList());
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).contains("obligations-ao.drl.xlsx:0:0: classeur illisible (XLSX attendu, enregistré par Excel ou "
        + "LibreOffice)"), p.toString());
  }

  /** The threshold check reads the rules a workbook generates, and names the sheet and cell of the row. */
  @Test
  void lesTablesDeSeuilsSontVerifieesDansUnClasseur() throws Exception {
    String partition;
    try (var in = TableurTest.class.getResourceAsStream("/fr/ctg/regles/verification/table-seuils-partition.drl.csv")) {
      partition = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String trou = partition.replaceFirst("(AO-SCHEMA sous le seuil[^\\n]*)\"PLANIFICATION, <=\"", "$1\"PLANIFICATION, <\"");
    Path f = dir.resolve("fr/ctg/regles/ao/seuils.drl.xlsx");
    Files.createDirectories(f.getParent());
    Files.write(f, DecisionTables.classeur("Seuils", DecisionTables.csv(trou)));
    List<String> p = problemes().stream().filter(x -> x.contains("table de seuils")).collect(Collectors.toList());
    assertEquals(1, p.size(), p.toString());
    assertTrue(p.get(0).contains("seuils.drl.xlsx:Seuils!A25: trou dans la table de seuils de AO-SCHEMA"), p.toString());
  }
}
