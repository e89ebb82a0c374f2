package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValiderCommandTest {
  @TempDir Path dir;

  static final String CONVENTION = String.join("\n",
      "schema: ctg-convention/1",
      "id: test-2026-2030",
      "titre: Convention de test",
      "dateDebut: 2026-01-01",
      "dateFin: 2030-12-31",
      "territoire:",
      "  departement: \"62\"",
      "  communes:",
      "    - insee: \"62119\"",
      "      nom: Béthune",
      "");

  private String[] run(int expectedExit, String... args) {
    CliRun r = CliRun.run(args).expect(expectedExit);
    return new String[] {r.out, r.err};
  }

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void validFilesExitZero() throws Exception {
    Path c = write("c.ctg.yaml", CONVENTION);
    // issue 15: a parameter file without any parameter is refused; one declared without value is valid
    Path p = write("p.yaml", "schema: ctg-parametres/1\nao.autre:\n  description: d\n  unite: u\n  type: NOMBRE\n  valeurs: []\n");
    String[] r = run(0, "valider", c.toString(), p.toString());
    assertEquals(c + " : valide (convention test-2026-2030)\n" + p + " : valide (paramètres : 1)\n", r[0]);
    assertEquals("", r[1]);
  }

  @Test
  void invalidFileExitsTwoWithPositionedErrors() throws Exception {
    Path ok = write("ok.ctg.yaml", CONVENTION);
    Path bad = write("bad.ctg.yaml", CONVENTION.replace("dateFin: 2030-12-31", "dateFin: 2025-12-31") + "inconnu: 1\n");
    String[] r = run(2, "valider", ok.toString(), bad.toString());
    assertEquals(ok + " : valide (convention test-2026-2030)\n", r[0]);
    assertEquals(bad + ":11:1: $.inconnu: propriété « inconnu » inconnue ; propriétés admises : annexes, annexesAnnoncees, avenants, "
        + "bonusTerritoire, dateDebut, dateFin, dateLimiteEngagement, dateSignature, engagements, enjeux, equipements, formuleDateLimiteEngagement, "
        + "gouvernance, id, postesCooperation, provenance, renouvellementExpres, resiliation, schema, sdsf, signataires, source, "
        + "territoire, tientLieuDeSchema, titre, totauxDeclares\n", r[1]);
  }

  @Test
  void unknownTypeAndBadPopulationCsvAreReported() throws Exception {
    Path x = write("x.yaml", "schema: ctg-autre/1\n");
    Path csv = write("pop.csv", "insee;populationTotale\n");
    String[] r = run(2, "valider", x.toString(), csv.toString());
    assertEquals("", r[0]);
    assertTrue(r[1].startsWith(x + ":1:9: $.schema: type de document « ctg-autre/1 » inconnu"), r[1]);
    assertTrue(r[1].contains(csv + ":1:1: "), r[1]);
  }

  @Test
  void populationCsvAndUnknownInseeAreCheckedAgainstTheRegistry() throws Exception {
    Path csv = write("pop.csv", "insee;populationMunicipale;populationComptéeÀPart;populationTotale;enVigueurDu;enVigueurAu;source\n"
        + "62119;25000;300;25300;2025-01-01;2025-12-31;INSEE populations légales 2022\n");
    String[] r = run(0, "valider", csv.toString());
    assertEquals(csv + " : valide (populations : 1 périodes)\n", r[0]);
    Path bad = write("bad.ctg.yaml", CONVENTION.replace("62119", "99999"));
    r = run(2, "valider", bad.toString());
    assertTrue(r[1].contains("99999"), r[1]);
  }

  @Test
  void noFileIsAUsageError() {
    String[] r = run(2, "valider");
    assertTrue(r[1].contains("FICHIER"), r[1]);
  }
}
