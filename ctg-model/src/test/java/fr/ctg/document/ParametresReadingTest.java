package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.ValeurParametre;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametresReadingTest {
  @TempDir Path dir;

  static final String SEUIL = String.join("\n",
      "schema: ctg-parametres/1",
      "ao.seuil_rpe:",
      "  description: Population au-delà de laquelle l'AO doit disposer d'un RPE",
      "  unite: habitants",
      "  type: NOMBRE",
      "  valeurs:",
      "    - depuis: 2026-01-01",
      "      valeur: 10000",
      "      reference: {texte: \"CASF art. L.214-1-3 II al. 4\", datePublication: 2023-12-19}",
      "");

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<DocumentError> errors(String... contents) throws IOException {
    Path[] files = new Path[contents.length];
    for (int i = 0; i < contents.length; i++) {
      files[i] = write("p" + i + ".yaml", contents[i]);
    }
    return assertThrows(InvalidDocumentException.class, () -> DocumentReader.readParametres(files)).errors();
  }

  private static void assertError(DocumentError e, int line, int column, String pointer, String start) {
    assertEquals(line + ":" + column + " " + pointer, e.line() + ":" + e.column() + " " + e.pointer(), e.toString());
    assertTrue(e.message().startsWith(start), e.message());
  }

  @Test
  void readsADatedParameter() throws Exception {
    Parametres p = DocumentReader.readParametres(write("p.yaml", SEUIL));
    ValeurParametre v = p.enVigueur("ao.seuil_rpe", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertEquals(new BigDecimal("10000"), v.nombre().orElseThrow());
    assertEquals("CASF art. L.214-1-3 II al. 4", v.reference().texte());
    assertEquals(Optional.of(LocalDate.of(2023, 12, 19)), v.reference().datePublication());
    assertTrue(p.enVigueur("ao.seuil_rpe", LocalDate.of(2025, 12, 31)).isEmpty());
  }

  @Test
  void valueMustMatchTheType() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("type: NOMBRE", "type: DATE"));
    assertEquals(1, e.size());
    assertError(e.get(0), 8, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "nombre entier trouvé, texte attendu");
  }

  @Test
  void referenceIsMandatory() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("      reference: {texte: \"CASF art. L.214-1-3 II al. 4\", datePublication: 2023-12-19}\n", ""));
    assertEquals(1, e.size());
    assertError(e.get(0), 7, 7, "$['ao.seuil_rpe'].valeurs[0]", "propriété obligatoire « reference » absente");
  }

  @Test
  void amountsHaveCents() throws Exception {
    String m = SEUIL.replace("type: NOMBRE", "type: MONTANT").replace("valeur: 10000", "valeur: 48000.001");
    assertError(errors(m).get(0), 8, 15, "$['ao.seuil_rpe'].valeurs[0].valeur", "montant « 48000.001 » invalide");
    Parametres p = DocumentReader.readParametres(write("m.yaml", m.replace("48000.001", "48000")));
    assertEquals("48000.00", p.enVigueur("ao.seuil_rpe", LocalDate.of(2027, 1, 1)).orElseThrow().enTexte());
  }

  @Test
  void valuesInIncreasingOrderWithoutOverlap() throws Exception {
    String second = "    - depuis: 2025-06-01\n      valeur: 5000\n      reference: {texte: T}\n";
    assertError(errors(SEUIL + second).get(0), 10, 15, "$['ao.seuil_rpe'].valeurs[1].depuis",
        "les valeurs doivent être rangées par date de début strictement croissante");
    String overlap = SEUIL.replace("- depuis: 2026-01-01", "- depuis: 2026-01-01\n      jusquAu: 2027-12-31")
        + "    - depuis: 2027-06-01\n      valeur: 5000\n      reference: {texte: T}\n";
    assertError(errors(overlap).get(0), 11, 15, "$['ao.seuil_rpe'].valeurs[1].depuis", "cette valeur commence le 2027-06-01");
  }

  @Test
  void badNameAndUnknownKey() throws Exception {
    List<DocumentError> e = errors(SEUIL + "Seuil:\n  x: 1\n" + SEUIL.substring(SEUIL.indexOf("ao.seuil_rpe")).replace("ao.seuil_rpe", "ao.autre").replace("unite:", "unit:"));
    assertEquals(3, e.size(), e.toString());
    assertError(e.get(0), 10, 1, "$.Seuil", "propriété « Seuil » inconnue : Paramètres datés");
    assertError(e.get(1), 13, 3, "$['ao.autre']", "propriété obligatoire « unite » absente");
    assertError(e.get(2), 14, 3, "$['ao.autre'].unit", "propriété « unit » inconnue ; vouliez-vous dire « unite » ?");
  }

  @Test
  void aParameterIsDefinedOnce() throws Exception {
    List<DocumentError> e = errors(SEUIL, SEUIL);
    assertEquals(1, e.size());
    assertError(e.get(0), 2, 1, "$['ao.seuil_rpe']", "paramètre « ao.seuil_rpe » déjà défini dans");
    assertTrue(e.get(0).file().endsWith("p1.yaml"));
  }

  @Test
  void errorsOfEveryFileAtOnce() throws Exception {
    List<DocumentError> e = errors(SEUIL.replace("valeur: 10000", "valeur: dix"), "schema: ctg-parametres/1\nx: [\n");
    assertEquals(2, e.size(), e.toString());
    assertTrue(e.get(0).file().endsWith("p0.yaml"));
    assertTrue(e.get(1).file().endsWith("p1.yaml"));
  }
}
