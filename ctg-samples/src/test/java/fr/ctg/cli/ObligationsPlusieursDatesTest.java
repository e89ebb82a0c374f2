package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.DocumentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ctg obligations} with several {@code --date} (issue 16 §2): one report per date, each on the
 * registry of its year, in the order given; the output of one date is what {@code --date} alone
 * gives; the exit code is the worst of the dates.
 *
 * <p>Arbent (01014) has a population totale of 3 487 in the 2024 registry (millésime 2021) and 3 562
 * in the 2025 registry (millésime 2022): above the 3 500 of AO-PLANIFICATION only with the second.
 * The CC des Hautes Vosges (SIREN 200096634) appears in the registry in 2022: unknown on a 2021 date.
 */
class ObligationsPlusieursDatesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun ctg(String... args) {
    return CliRun.run(args);
  }

  @Test
  void chaqueDateEstEvalueeAvecLeRegistreDeSonAnnee(@TempDir Path dir) throws Exception {
    CliRun r = ctg("obligations", "--commune", "01014", "--date", "2024-06-01", "--date", "2025-06-01",
        "--inclure-non-applicables", "--format", "json").expect(Ctg.OK);
    JsonNode rapports = JSON.readTree(r.out);
    assertTrue(rapports.isArray(), r.out);
    assertEquals(2, rapports.size());

    JsonNode en2024 = rapports.get(0);
    assertEquals("2024-06-01", en2024.get("dateEvaluation").asText());
    assertEquals(2024, en2024.get("territoire").get("registre").asInt());
    assertEquals(2021, en2024.get("territoire").get("millesimePopulationTotale").asInt());
    assertEquals(Set.of(3487), populations(en2024));

    JsonNode en2025 = rapports.get(1);
    assertEquals("2025-06-01", en2025.get("dateEvaluation").asText());
    assertEquals(2025, en2025.get("territoire").get("registre").asInt());
    assertEquals(2022, en2025.get("territoire").get("millesimePopulationTotale").asInt());
    assertEquals(Set.of(3562), populations(en2025));
    assertEquals("A_VERIFIER", statut(en2025, "AO-PLANIFICATION"));
    assertEquals("NON_APPLICABLE", statut(en2024, "AO-PLANIFICATION"));

    // each element is the report --date alone gives, and a ctg-rapport/1 document
    for (JsonNode rapport : rapports) {
      String date = rapport.get("dateEvaluation").asText();
      CliRun seul = ctg("obligations", "--commune", "01014", "--date", date, "--inclure-non-applicables", "--format", "json")
          .expect(Ctg.OK);
      assertEquals(JSON.readTree(seul.out), rapport, date);
      Path f = dir.resolve(date + ".json");
      Files.writeString(f, JSON.writeValueAsString(rapport), StandardCharsets.UTF_8);
      DocumentReader.validateSchema(f, DocumentType.REPORT);
    }
  }

  @Test
  void texteEtCsvDePlusieursDates() {
    String[] selection = {"obligations", "--commune", "01014", "--inclure-non-applicables"};
    String texte2024 = ctg(concat(selection, "--date", "2024-06-01")).expect(Ctg.OK).out;
    String texte2025 = ctg(concat(selection, "--date", "2025-06-01")).expect(Ctg.OK).out;
    // text: the reports in the order given, separated by a blank line; the comma form is the same option
    CliRun texte = ctg(concat(selection, "--date", "2025-06-01,2024-06-01")).expect(Ctg.OK);
    assertEquals(texte2025 + "\n" + texte2024, texte.out);
    assertEquals(texte.out, ctg(concat(selection, "--date", "2025-06-01", "--date", "2024-06-01")).expect(Ctg.OK).out);

    // CSV: one table, the header once with a leading date column, each date's rows those of --date alone
    List<String> lignes = ctg(concat(selection, "--date", "2024-06-01", "--date", "2025-06-01", "--format", "csv"))
        .expect(Ctg.OK).out.lines().toList();
    assertEquals("date;regle;sujet_type;sujet_id;sujet_nom;statut;message", lignes.get(0));
    List<String> attendues = new java.util.ArrayList<>();
    for (String date : List.of("2024-06-01", "2025-06-01")) {
      List<String> seul = ctg(concat(selection, "--date", date, "--format", "csv")).expect(Ctg.OK).out.lines().toList();
      assertEquals("regle;sujet_type;sujet_id;sujet_nom;statut;message", seul.get(0));
      seul.stream().skip(1).map(l -> date + ";" + l).forEach(attendues::add);
    }
    assertEquals(12, attendues.size());
    assertEquals(attendues, lignes.subList(1, lignes.size()));
  }

  @Test
  void leCodeDeSortieEstLePireDesDates() throws Exception {
    // 2021: the EPCI is unknown to the registry of that year (exit 2); 2026 is still evaluated and written
    CliRun r = ctg("obligations", "--epci", "200096634", "--date", "2021-06-01,2026-06-01", "--format", "json");
    assertEquals(Ctg.ENTREE_INVALIDE, r.code, r.err);
    assertEquals("ctg : au 2021-06-01 : EPCI inconnu au registre 2021 (SIREN) : 200096634\n", r.err);
    JsonNode rapports = JSON.readTree(r.out);
    assertEquals(1, rapports.size());
    CliRun en2026 = ctg("obligations", "--epci", "200096634", "--date", "2026-06-01", "--format", "json").expect(Ctg.OK);
    assertEquals(JSON.readTree(en2026.out), rapports.get(0));
    assertTrue(rapports.get(0).get("constats").size() > 0);

    // every date fails: nothing is written
    CliRun aucune = ctg("obligations", "--epci", "200096634", "--date", "2021-06-01,2021-07-01", "--format", "csv");
    assertEquals(Ctg.ENTREE_INVALIDE, aucune.code);
    assertEquals("", aucune.out);
    assertEquals(2, aucune.err.lines().count(), aucune.err);

    // one date alone: the message as it always was, without the date
    CliRun seul = ctg("obligations", "--epci", "200096634", "--date", "2021-06-01");
    assertEquals(Ctg.ENTREE_INVALIDE, seul.code);
    assertEquals("ctg : EPCI inconnu au registre 2021 (SIREN) : 200096634\n", seul.err);
  }

  @Test
  void uneDateRefuseeParmiPlusieursArreteToutAvantLEvaluation() {
    CliRun invalide = ctg("obligations", "--commune", "01014", "--date", "2025-06-01", "--date", "2025-13-01");
    assertEquals(Ctg.ENTREE_INVALIDE, invalide.code);
    assertEquals("", invalide.out);
    assertTrue(invalide.err.startsWith("ctg : date invalide « 2025-13-01 » : AAAA-MM-JJ attendu\n"), invalide.err);

    CliRun virgules = ctg("obligations", "--commune", "01014", "--date", "2025-06-01,1er juin 2026");
    assertEquals(Ctg.ENTREE_INVALIDE, virgules.code);
    assertTrue(virgules.err.startsWith("ctg : date invalide « 1er juin 2026 » : AAAA-MM-JJ attendu\n"), virgules.err);

    CliRun avant = ctg("obligations", "--commune", "01014", "--date", "2025-06-01,2020-12-31", "--format", "csv");
    assertEquals(Ctg.ENTREE_INVALIDE, avant.code);
    assertEquals("", avant.out);
    assertTrue(avant.err.contains("date 2020-12-31 antérieure au registre du territoire"), avant.err);

    CliRun deuxFois = ctg("obligations", "--commune", "01014", "--date", "2025-06-01", "--date", " 2025-06-01");
    assertEquals(Ctg.ENTREE_INVALIDE, deuxFois.code);
    assertEquals("", deuxFois.out);
    assertTrue(deuxFois.err.startsWith("ctg : date « 2025-06-01 » donnée deux fois à --date\n"), deuxFois.err);

    CliRun html = ctg("obligations", "--commune", "01014", "--date", "2025-06-01,2026-06-01", "--format", "html");
    assertEquals(Ctg.ENTREE_INVALIDE, html.code);
    assertEquals("", html.out);
    assertTrue(html.err.startsWith("ctg : --format html : une page par date"), html.err);
  }

  private static Set<Integer> populations(JsonNode rapport) {
    Set<Integer> p = new TreeSet<>();
    for (JsonNode c : rapport.get("constats")) {
      JsonNode v = c.get("faits").get("populationTotale");
      if (v != null) p.add(v.asInt());
    }
    return p;
  }

  private static String statut(JsonNode rapport, String regle) {
    Set<String> s = new TreeSet<>();
    for (JsonNode c : rapport.get("constats")) {
      if (c.get("regle").asText().equals(regle)) s.add(c.get("statut").asText());
    }
    assertEquals(1, s.size(), regle + " : " + s);
    return s.iterator().next();
  }

  private static String[] concat(String[] debut, String... fin) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(debut), java.util.Arrays.stream(fin))
        .collect(Collectors.toList()).toArray(String[]::new);
  }
}
