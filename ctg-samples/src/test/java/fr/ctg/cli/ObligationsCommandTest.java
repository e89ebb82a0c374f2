package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.DocumentType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code ctg obligations} on the CA d'Hénin-Carvin (SIREN 246200299, 14 communes) on
 * 2026-01-01, from the bundled registry and parameters. Populations totales of the registry:
 * above 10 000 Hénin-Beaumont, Carvin, Oignies, Courrières; above 3 500 eight more; Drocourt
 * (2 967) and Bois-Bernard (841) below.
 */
class ObligationsCommandTest {

  private static CliRun ctg(String... args) {
    return CliRun.run(args);
  }

  static final List<String> TOUTES = List.of("AO-INFORMATION", "AO-PLANIFICATION", "AO-QUALITE",
      "AO-RECENSEMENT", "AO-RPE", "AO-SCHEMA");
  static final List<String> PLUS_DE_3500 = List.of("AO-INFORMATION", "AO-PLANIFICATION", "AO-QUALITE", "AO-RECENSEMENT");
  static final List<String> TOUTES_COMMUNES = List.of("AO-INFORMATION", "AO-RECENSEMENT");

  @Test
  void heninCarvinLe1erJanvier2026() throws Exception {
    CliRun r = ctg("obligations", "--epci", "246200299", "--date", "2026-01-01", "--format", "json");
    assertEquals(Ctg.OK, r.code, r.err);
    JsonNode rapport = new ObjectMapper().readTree(r.out);
    Map<String, TreeSet<String>> parCommune = new TreeMap<>();
    for (JsonNode c : rapport.get("constats")) {
      assertEquals("commune", c.get("sujet").get("type").asText());
      assertEquals("A_VERIFIER", c.get("statut").asText());
      parCommune.computeIfAbsent(c.get("sujet").get("id").asText(), k -> new TreeSet<>()).add(c.get("regle").asText());
    }
    assertEquals(14, parCommune.size());
    for (String insee : List.of("62427", "62215", "62637", "62250")) {
      assertEquals(TOUTES, List.copyOf(parCommune.get(insee)), insee);
    }
    for (String insee : List.of("62587", "62724", "62907", "62249", "62497", "62274", "62624", "62321")) {
      assertEquals(PLUS_DE_3500, List.copyOf(parCommune.get(insee)), insee);
    }
    for (String insee : List.of("62277", "62148")) {
      assertEquals(TOUTES_COMMUNES, List.copyOf(parCommune.get(insee)), insee);
    }
    assertEquals(60, rapport.get("resume").get("A_VERIFIER").asInt());
  }

  @Test
  void unFichierDePopulationsRemplaceLeRegistreSurSaPeriode(@TempDir Path dir) throws Exception {
    // Bois-Bernard (62148) has 841 inhabitants in the registry; the override says 4 010 for 2026 only.
    Path csv = dir.resolve("populations.csv");
    Files.writeString(csv, "insee;populationMunicipale;populationComptéeÀPart;populationTotale;enVigueurDu;enVigueurAu;source\n"
        + "62148;3990;20;4010;2026-01-01;2026-12-31;essai\n", StandardCharsets.UTF_8);
    CliRun pendant = ctg("obligations", "--commune", "62148", "--date", "2026-06-30", "--population", csv.toString(), "--format", "csv");
    assertEquals(Ctg.OK, pendant.code, pendant.err);
    assertTrue(pendant.out.contains("AO-PLANIFICATION;commune;62148;"), pendant.out);
    CliRun apres = ctg("obligations", "--commune", "62148", "--date", "2027-01-01", "--population", csv.toString(), "--format", "csv");
    assertEquals(Ctg.OK, apres.code, apres.err);
    assertTrue(!apres.out.contains("AO-PLANIFICATION"), apres.out);
  }

  /** Issue 12 §3: a transfer to a group the commune is not a member of is refused (exit 2, file:line:column), not evaluated. */
  @Test
  void unTransfertAUnGroupementDontLaCommuneNEstPasMembreEstRefuse(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("transferts.yaml");
    Files.writeString(f, "schema: ctg-transferts/1\ntransferts:\n  - commune: \"62148\"\n    competences: [PLANIFICATION]\n"
        + "    beneficiaire: \"200072460\"\n    depuis: 2025-01-01\n", StandardCharsets.UTF_8);
    CliRun r = ctg("obligations", "--commune", "62148", "--date", "2026-06-30", "--transferts", f.toString());
    assertEquals(Ctg.ENTREE_INVALIDE, r.code, r.out + r.err);
    assertTrue(r.err.contains("transferts.yaml:5:19: $.transferts[0].beneficiaire: la commune Bois-Bernard (62148) ne peut pas "
        + "transférer PLANIFICATION à "), r.err);
    assertTrue(r.err.contains("elle est membre de ") && r.err.contains("(246200299)"), r.err);
    assertEquals("", r.out);
  }

  @Test
  void leRapportJsonRespecteLeSchemaPublie(@TempDir Path dir) throws Exception {
    CliRun r = ctg("obligations", "--epci", "200072460", "--date", "2026-01-01", "--format", "json",
        "--inclure-non-applicables");
    assertEquals(Ctg.OK, r.code, r.err);
    Path json = dir.resolve("rapport.json");
    Files.writeString(json, r.out, StandardCharsets.UTF_8);
    assertEquals(DocumentType.REPORT, DocumentReader.detect(json));
    DocumentReader.validateSchema(json, DocumentType.REPORT); // throws InvalidDocumentException if not
  }

  @Test
  void texteEtCsv() {
    CliRun t = ctg("obligations", "--epci", "246200299", "--date", "2026-01-01");
    assertEquals(Ctg.OK, t.code, t.err);
    assertTrue(t.out.contains("Hénin-Beaumont (62427) — population totale 26 090"), t.out);
    CliRun c = ctg("obligations", "--commune", "62148", "--date", "2026-01-01", "--format", "csv",
        "--inclure-non-applicables");
    assertEquals(Ctg.OK, c.code, c.err);
    List<String> lignes = c.out.lines().collect(Collectors.toList());
    assertEquals("regle;sujet_type;sujet_id;sujet_nom;statut;message", lignes.get(0));
    assertTrue(lignes.stream().anyMatch(l -> l.startsWith("AO-SCHEMA;commune;62148;Bois-Bernard;NON_APPLICABLE;")), c.out);
  }

  @Test
  void htmlActionsDAbordEtSeuilsDesParametres() {
    CliRun h = ctg("obligations", "--epci", "246200299", "--date", "2026-01-01", "--format", "html");
    assertEquals(Ctg.OK, h.code, h.err);
    assertTrue(h.out.startsWith("<!DOCTYPE html>"));
    assertTrue(h.out.contains("<h1>Obligations des autorités organisatrices de l'accueil du jeune enfant</h1>"));
    // the actions come before the folded detail; the AO-RPE group links the article by its identifier
    int actions = h.out.indexOf("id=\"action-AO-RPE-A_VERIFIER\"");
    assertTrue(actions > 0 && actions < h.out.indexOf("<details class=\"detail\""));
    assertTrue(h.out.contains("href=\"https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000048589263\""));
    // the 14 communes against the two distinct thresholds the parameters give (3 500; 10 000)
    String populations = h.out.substring(h.out.indexOf("id=\"graphique-populations\""));
    assertEquals(14, populations.split("<rect ", -1).length - 1);
    assertEquals(2, populations.split("<line class=\"seuil\"", -1).length - 1);
    assertTrue(populations.contains(">plus de 3 500<") && populations.contains(">plus de 10 000<"));
  }

  /**
   * All of France is evaluated in batches of holders (issue 3, performance): the report is the same
   * on one thread or two, and covers every commune (78 631 findings on 2026-01-01 with the bundled
   * registry and parameters: the 90 communes where the CASF does not apply get one NON_APPLICABLE
   * finding each instead of six AO findings, the 21 where it applies by a reading one INFO more).
   */
  @Test
  void laFranceEntiereNeDependPasDuParallelisme() {
    CliRun un = ctg("obligations", "--france", "--date", "2026-01-01", "--format", "csv", "--parallelisme", "1");
    assertEquals(Ctg.OK, un.code, un.err);
    CliRun deux = ctg("obligations", "--france", "--date", "2026-01-01", "--format", "csv", "--parallelisme", "2");
    assertEquals(Ctg.OK, deux.code, deux.err);
    assertEquals(un.out, deux.out);
    assertEquals(1 + 78_631, un.out.lines().count());
    CliRun zero = ctg("obligations", "--commune", "62148", "--date", "2026-01-01", "--parallelisme", "0");
    assertEquals(Ctg.ENTREE_INVALIDE, zero.code);
    assertTrue(zero.err.contains("--parallelisme : au moins 1 (reçu 0)"), zero.err);
  }

  @Test
  void erreursDUsage() {
    assertEquals(Ctg.ENTREE_INVALIDE, ctg("obligations", "--epci", "246200299").code);
    assertEquals(Ctg.ENTREE_INVALIDE, ctg("obligations", "--date", "2026-01-01").code);
    CliRun inconnu = ctg("obligations", "--epci", "999999999", "--date", "2026-01-01");
    assertEquals(Ctg.ENTREE_INVALIDE, inconnu.code);
    assertTrue(inconnu.err.contains("EPCI inconnu"), inconnu.err);
  }

  @Test
  void leRegistreDeLaDateEtSonMillesimeSontDansLeRapport() throws Exception {
    CliRun r = ctg("obligations", "--commune", "01039", "--date", "2025-06-30", "--format", "json");
    assertEquals(Ctg.OK, r.code, r.err);
    JsonNode t = new ObjectMapper().readTree(r.out).get("territoire");
    assertEquals(2025, t.get("registre").asInt());
    assertEquals("@etalab/decoupage-administratif 5.3.0", t.get("paquet").asText());
    assertEquals(2022, t.get("millesimePopulationTotale").asInt());
    assertEquals("01039 Béon → 01138 Culoz-Béon depuis le 1er janvier 2023 (registre 2023)", t.get("remarques").get(0).asText());
    CliRun texte = ctg("obligations", "--commune", "62119", "--date", "2022-03-01");
    assertEquals(Ctg.OK, texte.code, texte.err);
    assertTrue(texte.out.contains("Territoire : registre 2022 (@etalab/decoupage-administratif 2.3.1), populations millésime 2019\n"),
        texte.out);
  }

  @Test
  void uneDateAvantLePremierRegistreEstRefusee() {
    CliRun r = ctg("obligations", "--commune", "62119", "--date", "2020-12-31");
    assertEquals(Ctg.ENTREE_INVALIDE, r.code);
    assertEquals("", r.out);
    assertTrue(r.err.contains("date 2020-12-31 antérieure au registre du territoire : il couvre les dates à partir du 2021-01-01"), r.err);
  }
}
