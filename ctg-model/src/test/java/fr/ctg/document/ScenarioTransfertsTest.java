package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 §3, CASF art. L.214-1-3 III: a commune transfers a competence only to a group it belongs
 * to. A scenario case whose transfer, in force on the case's date, goes from a commune of the case to
 * an EPCI of the case it is not a member of is refused at reading, at the transfer's beneficiary
 * (file:line:column), with the message of a transfers file — not evaluated.
 */
class ScenarioTransfertsTest {
  @TempDir Path dir;

  /** 62020 belongs to the CA (200000001), 62022 to the CC (200000002); DEPUIS is the transfer's start. */
  static final String SCENARIO = String.join("\n",
      "schema: ctg-scenario/1",
      "cas:",
      "  - nom: transfert",
      "    dateEvaluation: 2026-01-01",
      "    entree:",
      "      communes:",
      "        - { insee: \"62020\", nom: A, populationTotale: 6000, epci: \"200000001\" }",
      "        - { insee: \"62022\", nom: B, populationTotale: 5000, epci: \"200000002\" }",
      "      epci:",
      "        - { siren: \"200000001\", nom: CA de test, nature: CA }",
      "        - { siren: \"200000002\", nom: CC voisine, nature: CC }",
      "      transferts:",
      "        - { commune: \"62020\", competences: [PLANIFICATION], beneficiaire: \"200000001\", depuis: 2025-03-01 }",
      "        - { commune: \"62022\", competences: [QUALITE, PLANIFICATION], beneficiaire: \"BENEFICIAIRE\", depuis: DEPUIS }",
      "    attendu:",
      "      - { regle: AO-PLANIFICATION, sujet: \"200000001\", statut: A_VERIFIER }",
      "");

  private Path write(String content) throws IOException {
    Path p = dir.resolve("t.scenario.yaml");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aTransferToAGroupTheCommuneIsNotAMemberOfIsRefusedAtItsBeneficiary() throws Exception {
    Path f = write(SCENARIO.replace("BENEFICIAIRE", "200000001").replace("DEPUIS", "2025-03-01"));
    List<DocumentError> e = assertThrows(InvalidDocumentException.class, () -> DocumentReader.readScenario(f)).errors();
    assertEquals(1, e.size(), e.toString());
    assertEquals(f + ":14:84: $.cas[0].entree.transferts[1].beneficiaire: la commune B (62022) ne peut pas transférer "
        + "PLANIFICATION, QUALITE à CA de test (200000001) : elle n'en est pas membre le 2026-01-01 ; une commune ne "
        + "transfère une compétence qu'à un groupement dont elle est membre (CASF art. L.214-1-3 III) ; elle est membre "
        + "de CC voisine (200000002)", e.get(0).toString());
  }

  @Test
  void aTransferToItsOwnGroupOrToASyndicatIsRead() throws Exception {
    assertEquals(2, DocumentReader.readScenario(write(SCENARIO.replace("BENEFICIAIRE", "200000002")
        .replace("DEPUIS", "2025-03-01"))).cas().get(0).entree().transferts().size());
    // a beneficiary the case does not list as an EPCI (a syndicat mixte) is not checked
    assertEquals(2, DocumentReader.readScenario(write(SCENARIO.replace("BENEFICIAIRE", "250000001")
        .replace("DEPUIS", "2025-03-01"))).cas().get(0).entree().transferts().size());
  }

  @Test
  void aTransferNotYetInForceOnTheCaseDateIsNotJudgedOnThatDatesTerritory() throws Exception {
    // the case's territory is the one of its date; a transfer starting later is not evaluated on it
    assertEquals(2, DocumentReader.readScenario(write(SCENARIO.replace("BENEFICIAIRE", "200000001")
        .replace("DEPUIS", "2027-01-01"))).cas().get(0).entree().transferts().size());
  }

  @Test
  void membershipGivenByTheEpcisMemberListCounts() throws Exception {
    Path f = write(SCENARIO.replace("BENEFICIAIRE", "200000001").replace("DEPUIS", "2025-03-01")
        .replace("nom: CA de test, nature: CA }", "nom: CA de test, nature: CA, membres: [\"62020\", \"62022\"] }"));
    assertEquals(2, DocumentReader.readScenario(f).cas().get(0).entree().transferts().size());
  }
}
