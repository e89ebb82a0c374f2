package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Fondement;
import fr.ctg.rapport.ImmutableConstat;
import fr.ctg.rapport.ImmutableParametreLu;
import fr.ctg.rapport.ImmutableRapport;
import fr.ctg.rapport.ImmutableReglesUtilisees;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.rapport.Sujet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON written for a {@link Rapport} conforms to {@code rapport.schema.json}. */
class ReportSchemaTest {
  @TempDir Path dir;

  static Rapport rapport() {
    Constat c = ImmutableConstat.builder()
        .regle("AO-RPE")
        .sujet(Sujet.of("commune", "62119", "Béthune"))
        .statut(Statut.A_VERIFIER)
        .message("Béthune doit disposer d'un relais petite enfance depuis le 1er janvier 2026.")
        .addFondement(Fondement.of("CASF art. L.214-1-3 II al. 4", Optional.empty()))
        .putFait("populationTotale", 25679)
        .putFait("seuil", 10000)
        .addExplication("population totale 25 679 > 10 000")
        .build();
    return ImmutableRapport.builder()
        .dateEvaluation(LocalDate.of(2026, 1, 1))
        .convention("cabbalr-2026-2030")
        .regles(ImmutableReglesUtilisees.builder().source("classpath").empreinte("sha256:" + "0".repeat(64)).nombre(42).build())
        .addParametre(ImmutableParametreLu.builder().nom("ao.seuil_rpe").valeur("10000").depuis(LocalDate.of(2026, 1, 1))
            .reference("CASF art. L.214-1-3 II al. 4").build())
        .addConstat(c)
        .build();
  }

  @Test
  void aWrittenReportIsValid() throws Exception {
    Path p = dir.resolve("rapport.json");
    Files.writeString(p, DocumentWriter.toJson(rapport()), StandardCharsets.UTF_8);
    assertEquals(DocumentType.REPORT, DocumentReader.detect(p));
    DocumentReader.validateSchema(p, DocumentType.REPORT);
  }

  @Test
  void aReportWithAnUnknownStatutIsNot() throws Exception {
    Path p = dir.resolve("rapport.json");
    Files.writeString(p, DocumentWriter.toJson(rapport()).replace("\"A_VERIFIER\" :", "\"PEUT_ETRE\" :"),
        StandardCharsets.UTF_8);
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.validateSchema(p, DocumentType.REPORT));
    assertEquals("$.resume", e.errors().get(0).pointer());
  }

  @Test
  void everySchemaIsShippedAndDraft202012() {
    for (DocumentType t : DocumentType.values()) {
      t.schemaFile().ifPresent(f -> {
        String text = DocumentReader.schemaText(t);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), f);
      });
    }
  }
}
