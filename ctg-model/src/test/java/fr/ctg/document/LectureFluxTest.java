package fr.ctg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.ao.Rpe;
import fr.ctg.convention.Convention;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: an application reads documents it holds in memory (an upload, a blob) through an
 * {@link InputStream} or a {@link java.io.Reader} with a name of its choosing: same model as from a
 * file, and every error positioned at that name.
 */
class LectureFluxTest {
  @TempDir Path dir;

  static InputStream flux(String texte) {
    return new ByteArrayInputStream(texte.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void uneConventionLueDUnFluxEgaleCelleLueDUnFichier() throws Exception {
    Path p = dir.resolve("c.ctg.yaml");
    Files.writeString(p, ConventionReadingTest.BASE, StandardCharsets.UTF_8);
    Convention attendue = DocumentReader.readConvention(p, null);
    assertEquals(attendue, DocumentReader.readConvention("depot-42.ctg.yaml", flux(ConventionReadingTest.BASE), null));
    assertEquals(attendue,
        DocumentReader.readConvention("depot-42.ctg.yaml", new StringReader(ConventionReadingTest.BASE), null));
  }

  @Test
  void lesErreursPortentLeNomDeLaSource() {
    String texte = ConventionReadingTest.BASE.replace("dateFin: 2030-12-31", "dateFin: 2030-02-30");
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readConvention("depot-42.ctg.yaml", flux(texte), null));
    assertEquals(1, e.errors().size());
    DocumentError err = e.errors().get(0);
    assertEquals("depot-42.ctg.yaml", err.file());
    assertEquals(5, err.line());
    assertEquals(10, err.column());
    assertTrue(err.message().startsWith("date « 2030-02-30 » invalide"), err.message());
  }

  @Test
  void leFormatVientDeLExtensionDuNom() throws Exception {
    String json = "{\"schema\": \"ctg-convention/1\", \"id\": \"test-2026-2030\", \"titre\": \"Convention de test\","
        + " \"dateDebut\": \"2026-01-01\", \"dateFin\": \"2030-12-31\", \"territoire\": {\"departement\": \"62\","
        + " \"communes\": [{\"insee\": \"62119\", \"nom\": \"Béthune\"}]}}";
    assertEquals("test-2026-2030", DocumentReader.readConvention("depot.json", flux(json), null).id());
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readConvention("depot.txt", flux(ConventionReadingTest.BASE), null));
    assertEquals("depot.txt", e.errors().get(0).file());
    assertTrue(e.errors().get(0).message().startsWith("extension « .txt » non prise en charge"));
  }

  @Test
  void unFluxTropVolumineuxEstRefuseSansToutLire() {
    InputStream sansFin = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readConvention("infini.yaml", sansFin, null));
    assertEquals(1, e.errors().size());
    assertTrue(e.errors().get(0).message().startsWith("document trop volumineux"), e.errors().get(0).message());
    StringReader grand = new StringReader("x".repeat(TreeParser.MAX_BYTES + 1));
    assertThrows(InvalidDocumentException.class, () -> DocumentReader.readConvention("grand.yaml", grand, null));
  }

  @Test
  void transfertsEtRpeDepuisUnFlux() throws Exception {
    String rpe = "schema: ctg-rpe/1\nrpe:\n  - id: rpe-1\n    nom: RPE de Béthune\n    communes: [\"62119\"]\n";
    List<Rpe> r = DocumentReader.readRpe("rpe.yaml", flux(rpe), null);
    assertEquals("rpe-1", r.get(0).id());
    InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
        () -> DocumentReader.readTransferts("transferts.yaml", flux("schema: ctg-transferts/1\n"), null));
    assertEquals("transferts.yaml", e.errors().get(0).file());
  }
}
