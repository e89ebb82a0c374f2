package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.ao.CompetenceAO;
import fr.ctg.ao.Rpe;
import fr.ctg.ao.TransfertCompetence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AO competence transfers ({@code ctg-transferts/1}) and RPE coverage ({@code ctg-rpe/1}). */
class TerritoryDocumentsTest {
  @TempDir Path dir;

  static final String TRANSFERTS = String.join("\n",
      "schema: ctg-transferts/1",
      "transferts:",
      "  - commune: \"62119\"",
      "    competences: [PLANIFICATION, QUALITE]",
      "    beneficiaire: \"200072460\"",
      "    nomBeneficiaire: CABBALR",
      "    depuis: 2025-01-01",
      "");

  static final String RPE = String.join("\n",
      "schema: ctg-rpe/1",
      "rpe:",
      "  - id: rpe-bethune",
      "    nom: Relais petite enfance de Béthune",
      "    communes: [\"62119\", \"62126\"]",
      "    depuis: 2020-09-01",
      "");

  private Path write(String content) throws IOException {
    Path p = dir.resolve("d.yaml");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static void assertError(DocumentError e, int line, int column, String pointer, String start) {
    assertEquals(line + ":" + column + " " + pointer, e.line() + ":" + e.column() + " " + e.pointer(), e.toString());
    assertTrue(e.message().startsWith(start), e.message());
  }

  @Test
  void readsTransfers() throws Exception {
    List<TransfertCompetence> t = DocumentReader.readTransferts(write(TRANSFERTS), Set.of("62119")::contains);
    assertEquals(1, t.size());
    assertEquals(Set.of(CompetenceAO.PLANIFICATION, CompetenceAO.QUALITE), t.get(0).competences());
    assertEquals(LocalDate.of(2025, 1, 1), t.get(0).depuis());
    assertTrue(t.get(0).jusquAu().isEmpty());
  }

  @Test
  void aCompetenceHasOneHolderAtATime() throws Exception {
    String doc = TRANSFERTS + "  - commune: \"62119\"\n    competences: [QUALITE]\n    beneficiaire: \"253000000\"\n"
        + "    depuis: 2026-01-01\n  - commune: \"62119\"\n    competences: [RECENSEMENT]\n    beneficiaire: \"253000000\"\n"
        + "    depuis: 2026-01-01\n";
    List<DocumentError> e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readTransferts(write(doc), null)).errors();
    assertEquals(1, e.size(), e.toString());
    assertError(e.get(0), 8, 5, "$.transferts[1]", "la commune 62119 transfère déjà la compétence QUALITE à 200072460");
  }

  /**
   * Issue 12 §3: a commune transfers a competence only to a group it belongs to (CASF L.214-1-3 III),
   * per the registry in force on the transfer's date: Béthune (62119, CABBALR) to the CA d'Hénin-Carvin
   * (246200299) is refused at the beneficiary, with the group it does belong to.
   */
  @Test
  void aTransferToAGroupTheCommuneIsNotAMemberOfIsRefused() throws Exception {
    String doc = TRANSFERTS.replace("beneficiaire: \"200072460\"", "beneficiaire: \"246200299\"");
    List<DocumentError> e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readTransferts(write(doc), null)).errors();
    assertEquals(1, e.size(), e.toString());
    assertError(e.get(0), 5, 19, "$.transferts[0].beneficiaire", "la commune Béthune (62119) ne peut pas transférer "
        + "PLANIFICATION, QUALITE à ");
    assertTrue(e.get(0).message().contains("(246200299) : elle n'en est pas membre le 2025-01-01 (registre 2025)"), e.get(0).message());
    assertTrue(e.get(0).message().endsWith("(200072460)") && e.get(0).message().contains("; elle est membre de "), e.get(0).message());
    // to its own group: accepted
    assertEquals(1, DocumentReader.readTransferts(write(TRANSFERTS), null).size());
  }

  @Test
  void successiveTransfersDoNotOverlap() throws Exception {
    String doc = TRANSFERTS.replace("    depuis: 2025-01-01", "    depuis: 2025-01-01\n    jusquAu: 2025-12-31")
        + "  - commune: \"62119\"\n    competences: [QUALITE]\n    beneficiaire: \"253000000\"\n    depuis: 2026-01-01\n";
    assertEquals(2, DocumentReader.readTransferts(write(doc), null).size());
  }

  @Test
  void transferErrors() throws Exception {
    String doc = TRANSFERTS.replace("[PLANIFICATION, QUALITE]", "[PLANIFICATION, PLANIFICATION]")
        .replace("\"200072460\"", "\"2000724\"");
    List<DocumentError> e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readTransferts(write(doc), null)).errors();
    assertEquals(2, e.size(), e.toString());
    assertError(e.get(0), 4, 18, "$.transferts[0].competences", "la liste contient des éléments en double");
    assertError(e.get(1), 5, 19, "$.transferts[0].beneficiaire", "valeur « 2000724 » invalide : SIREN à 9 chiffres");
  }

  @Test
  void transferEndBeforeStartAndUnknownCommune() throws Exception {
    String doc = TRANSFERTS.replace("    depuis: 2025-01-01", "    depuis: 2025-01-01\n    jusquAu: 2024-12-31");
    List<DocumentError> e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readTransferts(write(doc), Set.of("62126")::contains)).errors();
    assertEquals(2, e.size(), e.toString());
    assertError(e.get(0), 3, 14, "$.transferts[0].commune", "code INSEE « 62119 » inconnu");
    assertError(e.get(1), 8, 14, "$.transferts[0].jusquAu", "la date de fin (2024-12-31) précède la date de début (2025-01-01)");
  }

  @Test
  void readsRpeCoverage() throws Exception {
    List<Rpe> r = DocumentReader.readRpe(write(RPE), null);
    assertEquals(Set.of("62119", "62126"), r.get(0).communes());
    assertTrue(r.get(0).ouvert(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void rpeErrors() throws Exception {
    String doc = RPE + RPE.substring(RPE.indexOf("  - id")).replace("\"62126\"", "\"99999\"");
    List<DocumentError> e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readRpe(write(doc), Set.of("62119", "62126")::contains)).errors();
    assertEquals(2, e.size(), e.toString());
    assertError(e.get(0), 7, 9, "$.rpe[1].id", "identifiant « rpe-bethune » en double (déjà utilisé en $.rpe[0].id)");
    assertError(e.get(1), 9, 25, "$.rpe[1].communes[1]", "code INSEE « 99999 » inconnu");
  }

  @Test
  void wrongDocumentType() throws Exception {
    List<DocumentError> e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readRpe(write(TRANSFERTS), null)).errors();
    assertEquals(3, e.size(), e.toString());
    assertError(e.get(0), 1, 1, "$", "propriété obligatoire « rpe » absente");
    assertError(e.get(1), 1, 9, "$.schema", "valeur « ctg-transferts/1 » non admise ; valeur attendue : « ctg-rpe/1 »");
  }
}
