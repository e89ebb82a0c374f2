package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentReader;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.rapport.TerritoireUtilise;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every evaluation uses the registry in force on its date (one per year 2021–2026, from the yearly
 * releases of {@code @etalab/decoupage-administratif}) and its report says which release and census
 * vintage it used; former codes resolve to their successor and the report says so; a convention
 * signed on an older territory is compared with the registry of its signature date.
 */
class RegistreDateTest {
  static final Evaluateur DATE = Evaluateur.national();

  /** AO-* statut per rule for commune {@code insee} on {@code date}, with the non-applicable ones. */
  static Map<String, Constat> obligations(Evaluateur e, String insee, LocalDate date) {
    Rapport r = e.obligations(SelectionTerritoire.communes(List.of(insee)), date, EntreesAO.aucune(), OptionsObligations.parDefaut().avecNonApplicables());
    return r.constats().stream().collect(Collectors.toMap(Constat::regle, c -> c, (a, b) -> a, TreeMap::new));
  }

  @Test
  void uneCommuneQuiFranchitLeSeuilDuSchemaChangeDObligationsAvecSesPopulationsCitees() throws Exception {
    // Lillers (62516): population totale 9 999 in the 2021 registry (census 2018), 10 296 in the
    // 2026 one (census 2022). The law's AO obligations start in 2025; the test's reform applies them
    // from 2021 so that both dates are judged by the same thresholds (10 000 for the schéma and RPE).
    Evaluateur reforme = Evaluateur.builder()
        .surchargerParametres(DocumentReader.readParametres(Path.of("src/test/resources/reformes/ao-des-2021.yaml")))
        .build();
    Map<String, Constat> avant = obligations(reforme, "62516", LocalDate.of(2021, 6, 30));
    Map<String, Constat> apres = obligations(reforme, "62516", LocalDate.of(2026, 6, 30));
    for (String regle : List.of("AO-SCHEMA", "AO-RPE")) {
      assertEquals(Statut.NON_APPLICABLE, avant.get(regle).statut(), avant.get(regle).message());
      assertTrue(avant.get(regle).message().contains("9 999"), avant.get(regle).message());
      assertNotEquals(Statut.NON_APPLICABLE, apres.get(regle).statut(), apres.get(regle).message());
      assertTrue(apres.get(regle).message().contains("10 296 > 10 000"), apres.get(regle).message());
    }
    // the 3 500 threshold was already crossed: the same conclusion on both dates
    assertEquals(avant.get("AO-PLANIFICATION").statut(), apres.get("AO-PLANIFICATION").statut());
  }

  @Test
  void leRapportNommeLeRegistreEtLeMillesimeDeSaDate() {
    for (int annee = 2021; annee <= 2026; annee++) {
      Rapport r = DATE.obligations(SelectionTerritoire.communes(List.of("62119")), LocalDate.of(annee, 6, 30),
          EntreesAO.aucune());
      TerritoireUtilise t = r.territoire().orElseThrow();
      assertEquals(annee, t.registre());
      // the DGCL list of 1 January N gives the census of N-3; 6.0.0 (2026) repeats 5.3.0's (census 2022)
      assertEquals(annee == 2026 ? 2022 : annee - 3, t.millesimePopulationTotale());
    }
    Rapport tard = DATE.obligations(SelectionTerritoire.communes(List.of("62119")), LocalDate.of(2027, 3, 1),
        EntreesAO.aucune());
    assertEquals(2026, tard.territoire().orElseThrow().registre());
    assertTrue(tard.territoire().get().remarques().get(0).startsWith("date postérieure au dernier registre"),
        tard.territoire().get().remarques().toString());
  }

  @Test
  void uneDateAvantLePremierRegistreEstRefuseeAvecLaPeriodeCouverte() {
    SelectionInvalideException e = assertThrows(SelectionInvalideException.class, () -> DATE.obligations(
        SelectionTerritoire.communes(List.of("62119")), LocalDate.of(2020, 12, 31), EntreesAO.aucune()));
    assertTrue(e.getMessage().contains("à partir du 2021-01-01"), e.getMessage());
  }

  @Test
  void unAncienCodeDesigneSaCommuneEtLeRapportLeDit() {
    Rapport r = DATE.obligations(SelectionTerritoire.communes(List.of("01039")), LocalDate.of(2025, 6, 30),
        EntreesAO.aucune());
    assertTrue(r.constats().stream().allMatch(c -> c.sujet().id().equals("01138")), r.constats().toString());
    assertTrue(r.territoire().orElseThrow().remarques()
        .contains("01039 Béon → 01138 Culoz-Béon depuis le 1er janvier 2023 (registre 2023)"),
        r.territoire().get().remarques().toString());
    // before the merger, 01039 is Béon itself
    Rapport avant = DATE.obligations(SelectionTerritoire.communes(List.of("01039")), LocalDate.of(2022, 6, 30),
        EntreesAO.aucune(), OptionsObligations.parDefaut().avecNonApplicables());
    assertTrue(avant.constats().stream().allMatch(c -> c.sujet().id().equals("01039")), avant.constats().toString());
    assertTrue(avant.territoire().orElseThrow().remarques().stream().noneMatch(x -> x.contains("Béon")));
  }

  static Convention convention(String yaml) throws Exception {
    return DocumentReader.readConvention("essai.ctg.yaml", yaml.getBytes(StandardCharsets.UTF_8), true,
        DocumentReader.communeNationale());
  }

  /**
   * #12 §2 cross-check on every convention: 001_65a752accbc4fa7a.txt L3395 gives Béthune a population
   * « totale 2020 » of 25 228; the registry carrying the populations légales 2020 gives 25 314 (the
   * figure of the CTG 2026-2030, 000 L1160-1524): an AVERTISSEMENT naming both, with the registry
   * year; a figure equal to the registry's, or with no vintage, is not reported.
   */
  @Test
  void unePopulationDifferenteDuRegistreDeSonMillesimeEstSignalee() throws Exception {
    Convention c = convention("""
        schema: ctg-convention/1
        id: essai-populations
        titre: "CTG d'essai"
        dateDebut: 2021-01-01
        dateFin: 2025-12-31
        territoire:
          epci: "200072460"
          departement: "62"
          communes:
            - { insee: "62119", nom: "Béthune", populationDeclaree: 25228, millesimePopulation: 2020 }
            - { insee: "62120", nom: "Beugin", populationDeclaree: 478 }
        signataires:
          - { id: caf, type: CAF, nom: "Caf du Pas-de-Calais" }
        """);
    List<Constat> ecarts = DATE.verifier(c, LocalDate.of(2023, 6, 30)).constats().stream()
        .filter(k -> k.faits().containsKey("populationRegistre")).toList();
    assertEquals(1, ecarts.size(), ecarts::toString);
    Constat b = ecarts.get(0);
    assertEquals("62119", b.sujet().id());
    assertEquals(Statut.AVERTISSEMENT, b.statut());
    assertEquals(25228L, ((Number) b.faits().get("populationDeclaree")).longValue());
    assertEquals(25314L, ((Number) b.faits().get("populationRegistre")).longValue(), b::toString);
    assertTrue(b.message().contains("25 228") && b.message().contains("populations légales 2020"), b.message());
  }

  @Test
  void uneConventionSigneeSurUnTerritoireAncienEstComparee() throws Exception {
    // CC du Pays des Paillons (240600593) in 2021: Blausasc (06039) and Cantaron (06054) are members;
    // by 2024 both belong to the Métropole Nice Côte d'Azur (200030195).
    Convention paillons = convention("""
        schema: ctg-convention/1
        id: essai-paillons
        titre: "CTG d'essai signée en 2021"
        dateDebut: 2021-07-01
        dateFin: 2025-12-31
        dateSignature: 2021-06-15
        territoire:
          epci: "240600593"
          departement: "06"
          communes:
            - { insee: "06039", nom: "Blausasc" }
            - { insee: "06054", nom: "Cantaron" }
        signataires:
          - { id: caf, type: CAF, nom: "Caf des Alpes-Maritimes" }
          - { id: epci, type: EPCI, nom: "CC du Pays des Paillons", siren: "240600593" }
        """);
    List<Constat> changes = DATE.verifier(paillons, LocalDate.of(2024, 6, 30)).constats().stream()
        .filter(c -> c.message().contains("au registre 2021 (signature le 2021-06-15)")).toList();
    assertEquals(List.of("06039", "06054"), changes.stream().map(c -> c.sujet().id()).toList());
    for (Constat c : changes) {
      assertEquals(Statut.AVERTISSEMENT, c.statut());
      assertTrue(c.message().contains("appartenait à l'EPCI 240600593 au registre 2021")
          && c.message().contains("appartient à l'EPCI 200030195 au registre 2024"), c.message());
    }
    // evaluated in the year of its signature, nothing changed
    assertTrue(DATE.verifier(paillons, LocalDate.of(2021, 9, 1)).constats().stream()
        .noneMatch(c -> c.message().contains("signature le")));
  }

  @Test
  void uneConventionQuiListeUneCommuneFusionneeEstEvalueeSurSaSuccesseurEtLeDit() throws Exception {
    Convention bugey = convention("""
        schema: ctg-convention/1
        id: essai-bugey
        titre: "CTG d'essai listant Béon"
        dateDebut: 2021-07-01
        dateFin: 2025-12-31
        territoire:
          epci: "200040350"
          departement: "01"
          communes:
            - { insee: "01039", nom: "Béon" }
            - { insee: "01138", nom: "Culoz" }
        signataires:
          - { id: caf, type: CAF, nom: "Caf de l'Ain" }
        """);
    Rapport r = DATE.verifier(bugey, LocalDate.of(2025, 6, 30));
    Constat c = r.constats().stream().filter(k -> k.sujet().id().equals("01039")).findFirst().orElseThrow();
    assertEquals(Statut.AVERTISSEMENT, c.statut());
    assertTrue(c.message().contains("n'est plus une commune au registre 2025 : 01039 Béon → 01138 Culoz-Béon depuis le 1er janvier 2023"),
        c.message());
    // the AO obligations are those of Culoz-Béon, once
    assertEquals(1, r.constats().stream().filter(k -> k.regle().equals("AO-RECENSEMENT")).count());
  }
}
