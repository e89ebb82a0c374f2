package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctg check}: formats, output file, exit codes, French errors without stack trace. */
class CheckCommandTest {
  static final String CABBALR = "src/main/resources/conventions/cabbalr-2026-2030.ctg.yaml";
  static final String HENIN = "src/main/resources/conventions/henin-carvin-2026-2030.ctg.yaml";

  record Resultat(int code, String out, String err) {}

  static Resultat ctg(String... args) {
    CliRun r = CliRun.run(args);
    return new Resultat(r.code, r.out, r.err);
  }

  @Test
  void jsonIdentiqueAuRapportDeReference() throws Exception {
    Resultat r = ctg("check", CABBALR, "--date", "2026-06-30", "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertEquals(Files.readString(Path.of("src/test/resources/golden/cabbalr-2026-2030.json")), r.out());
  }

  @Test
  void texteParDefautEtDateParDefautLaDateDeDebut() {
    Resultat r = ctg("check", CABBALR);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Constats au 1er janvier 2026 — convention cabbalr-2026-2030"), r.out().substring(0, 80));
    // the equipment annex lists an ALSH in Servins (62793), outside the territory (seed 000 L3005-4033)
    assertTrue(r.out().contains("CONV-TERRITOIRE : AVERTISSEMENT"));
    assertTrue(r.err().contains("--date absent"), r.err());
  }

  @Test
  void markdownEtHtml() {
    Resultat md = ctg("check", HENIN, "--date", "2026-06-30", "--format", "markdown");
    assertEquals(0, md.code(), md.err());
    assertTrue(md.out().startsWith("# Rapport de conformité de la convention henin-carvin-2026-2030\n"));
    assertTrue(md.out().contains("### AO-DISPENSE-CTG"));
    Resultat html = ctg("check", HENIN, "--date", "2026-06-30", "--format", "html");
    assertEquals(0, html.code(), html.err());
    assertTrue(html.out().startsWith("<!DOCTYPE html>"));
    // self-contained: no stylesheet, script or image fetched from elsewhere
    assertFalse(html.out().contains("<link"));
    assertFalse(html.out().matches("(?s).*<(script|img|iframe)[^>]* src=.*"));
    assertEquals(html.out(), ctg("check", HENIN, "--date", "2026-06-30", "--format", "html").out());
  }

  @Test
  void sortieEcriteAtomiquementSansFichierTemporaireRestant(@TempDir Path dossier) throws Exception {
    Path cible = dossier.resolve("rapport.html");
    Files.writeString(cible, "ancien");
    Resultat r = ctg("check", CABBALR, "--date", "2026-06-30", "--format", "html", "--sortie", cible.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.out());
    assertTrue(Files.readString(cible).startsWith("<!DOCTYPE html>"));
    try (Stream<Path> s = Files.list(dossier)) {
      assertEquals(1, s.count(), "aucun fichier temporaire ne doit rester");
    }
    Path nouveau = dossier.resolve("nouveau.json");
    assertEquals(0, ctg("check", HENIN, "--format", "json", "--sortie", nouveau.toString()).code());
    // readable like any file the user creates (not owner-only like a temporary file)
    if (nouveau.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Path reference = Files.createFile(dossier.resolve("reference"));
      assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(nouveau));
    }
    Resultat absent = ctg("check", CABBALR, "--sortie", dossier.resolve("nulle/part/r.html").toString());
    assertEquals(Ctg.ENTREE_INVALIDE, absent.code());
    assertTrue(absent.err().contains("ctg : impossible d'écrire"), absent.err());
  }

  @Test
  void strictRenvoie1SiNonSatisfait() {
    // Hénin-Carvin's table of contents announces no annex « liste des communes » (004_6fa37c30264637ed.txt
    // L59-70): none is missing (#12 §2, narrow reading), nothing is NON_SATISFAIT, --strict passes
    assertEquals(Ctg.OK, ctg("check", HENIN, "--date", "2026-06-30", "--strict").code());
    assertEquals(Ctg.OK, ctg("check", HENIN, "--date", "2026-06-30").code());
    // the same Servins ALSH is INELIGIBLE to the bonus territoire (BT-ELIGIBILITE): --strict fails
    assertEquals(Ctg.STRICT_ECHEC, ctg("check", CABBALR, "--date", "2026-06-30", "--strict").code());
    assertEquals(Ctg.OK, ctg("check", CABBALR, "--date", "2026-06-30").code());
  }

  @Test
  void entreesInvalides(@TempDir Path dossier) throws Exception {
    Resultat format = ctg("check", CABBALR, "--format", "pdf");
    assertEquals(Ctg.ENTREE_INVALIDE, format.code());
    assertTrue(format.err().contains("format inconnu « pdf »"), format.err());
    Resultat date = ctg("check", CABBALR, "--date", "30/06/2026");
    assertEquals(Ctg.ENTREE_INVALIDE, date.code());
    assertTrue(date.err().contains("date invalide"), date.err());
    Resultat absent = ctg("check", dossier.resolve("absente.ctg.yaml").toString());
    assertEquals(Ctg.ENTREE_INVALIDE, absent.code());
    Path faux = dossier.resolve("faux.ctg.yaml");
    Files.writeString(faux, "schema: ctg-convention/1\nid: x\ntitre: t\ndateDebut: 2026-01-01\ndateFin: 2030-12-31\n"
        + "territoire: {departement: \"62\"}\ninconnue: 1\n");
    Resultat invalide = ctg("check", faux.toString());
    assertEquals(Ctg.ENTREE_INVALIDE, invalide.code());
    assertTrue(invalide.err().contains("faux.ctg.yaml:"), invalide.err());
    assertFalse(invalide.err().contains("Exception"), invalide.err());
  }

  /** #12 §2 : a sub-total naming a post the convention does not have is refused like any document error. */
  @Test
  void sousTotalDUnPosteInconnu(@TempDir Path dossier) throws Exception {
    Path faux = dossier.resolve("total.ctg.yaml");
    Files.writeString(faux, "schema: ctg-convention/1\nid: x\ntitre: t\ndateDebut: 2026-01-01\ndateFin: 2030-12-31\n"
        + "territoire: {departement: \"62\"}\n"
        + "totauxDeclares:\n  - id: etp\n    objet: ETP_POSTES_COOPERATION\n    valeur: 10.74\n    elements: [cct-violaines]\n");
    Resultat r = ctg("check", faux.toString());
    assertEquals(Ctg.ENTREE_INVALIDE, r.code());
    assertTrue(r.err().contains("total.ctg.yaml:11:16"), r.err());
    assertTrue(r.err().contains("poste « cct-violaines » inconnu : un total ETP_POSTES_COOPERATION additionne des postes de postesCooperation (id)"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }
}
