package fr.ctg.eligibilite.ao;

import static fr.ctg.eligibilite.ao.Fixtures.commune;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.eligibilite.report.CsvReport;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.eligibilite.report.TextReport;
import fr.ctg.rapport.Rapport;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RapportsAOTest {
  static final Rapport RAPPORT = Fixtures.evaluateur(List.of(commune("62119", "Béthune", 25000, 25679),
          commune("62001", "Petite; commune", 900)))
      .obligations(SelectionTerritoire.france(), LocalDate.of(2026, 1, 1), EntreesAO.aucune());

  @Test
  void jsonSelonFormats() throws Exception {
    String json = JsonReport.render(RAPPORT);
    JsonNode n = new ObjectMapper().readTree(json);
    assertEquals("ctg-rapport/1", n.get("schema").asText());
    assertEquals("2026-01-01", n.get("dateEvaluation").asText());
    assertTrue(n.get("regles").get("empreinte").asText().startsWith("sha256:"));
    JsonNode rpe = null;
    for (JsonNode c : n.get("constats")) {
      if (c.get("regle").asText().equals("AO-RPE")) rpe = c;
    }
    assertEquals("commune", rpe.get("sujet").get("type").asText());
    assertEquals("62119", rpe.get("sujet").get("id").asText());
    assertEquals("A_VERIFIER", rpe.get("statut").asText());
    assertEquals(25679, rpe.get("faits").get("populationTotale").asInt());
    assertEquals("10000", rpe.get("faits").get("seuil").toString());
    assertEquals(8, n.get("resume").get("A_VERIFIER").asInt());
    assertTrue(json.contains("\"nom\" : \"ao.seuil_rpe\""), json);
    assertTrue(json.endsWith("}\n"));
    assertTrue(!json.contains("\r"));
  }

  @Test
  void texteGroupeParSujet() {
    String t = TextReport.render(RAPPORT);
    assertTrue(t.startsWith("Constats au 1er janvier 2026\n"), t);
    assertTrue(t.contains("\nBéthune (62119) — population totale 25 679\n  AO-INFORMATION : A_VERIFIER\n"), t);
    assertTrue(t.contains("Résumé : A_VERIFIER 8"), t);
  }

  @Test
  void csvAvecEnteteEtChampsProteges() {
    String csv = CsvReport.render(RAPPORT);
    String[] lignes = csv.split("\n");
    assertEquals("regle;sujet_type;sujet_id;sujet_nom;statut;message", lignes[0]);
    assertEquals(9, lignes.length);
    assertTrue(csv.contains("AO-INFORMATION;commune;62001;\"Petite; commune\";A_VERIFIER;"), csv);
  }

  /** Issue 15: names that a spreadsheet would run as formulas are written as text (OWASP, CSV injection). */
  @Test
  void csvNeutraliseLesFormulesDesTableurs() {
    Rapport r = Fixtures.evaluateur(List.of(commune("62001", "=HYPERLINK(\"https://x.invalid\",\"y\")", 900),
            commune("62002", "+cmd|' /C calc'!A0", 900), commune("62003", "-2+3", 900), commune("62004", "@SUM(A1:A9)", 900),
            commune("62005", "\tTabulée", 900), commune("62006", "\rRetour", 900), commune("62007", "-12", 900),
            commune("62008", "Sainte-Marie", 900)))
        .obligations(SelectionTerritoire.france(), LocalDate.of(2026, 1, 1), EntreesAO.aucune());
    String csv = CsvReport.render(r);
    assertTrue(csv.contains(";62001;\"'=HYPERLINK(\"\"https://x.invalid\"\",\"\"y\"\")\";A_VERIFIER;\"'=HYPERLINK("), csv);
    assertTrue(csv.contains(";62002;'+cmd|' /C calc'!A0;A_VERIFIER;\"'+cmd|"), csv);
    assertTrue(csv.contains(";62003;'-2+3;A_VERIFIER;\"'-2+3 "), csv);
    assertTrue(csv.contains(";62004;'@SUM(A1:A9);A_VERIFIER;\"'@SUM"), csv);
    assertTrue(csv.contains(";62005;'\tTabulée;A_VERIFIER;\"'\tTabulée"), csv);
    assertTrue(csv.contains(";62006;\"'\rRetour\";A_VERIFIER;\"'\rRetour"), csv);
    // a cell that is only a number is data, unchanged; the message starting with it is text, neutralised
    assertTrue(csv.contains(";62007;-12;A_VERIFIER;\"'-12 "), csv);
    assertTrue(csv.contains(";62008;Sainte-Marie;A_VERIFIER;\"Sainte-Marie "), csv);
    for (String ligne : csv.split("\n")) {
      for (String cellule : ligne.split(";")) {
        String c = cellule.startsWith("\"") ? cellule.substring(1) : cellule;
        assertTrue(c.isEmpty() || "=+@\t\r".indexOf(c.charAt(0)) < 0, () -> "cellule active : " + ligne);
      }
    }
  }
}
