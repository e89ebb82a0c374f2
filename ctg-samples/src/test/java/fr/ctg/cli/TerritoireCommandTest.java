package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoireCommandTest {
  private static CliRun ctg(String... args) {
    return CliRun.run(args);
  }

  @Test
  void epciCabbalr() {
    // seed 000_6ba50e68de7cb4c5.txt: the CABBALR CTG covers 100 communes
    CliRun r = ctg("territoire", "--epci", "200072460");
    assertEquals(Ctg.OK, r.code, r.err);
    List<String> lignes = r.out.lines().collect(java.util.stream.Collectors.toList());
    assertEquals("CA de Béthune-Bruay, Artois-Lys Romane (SIREN 200072460) — 100 communes", lignes.get(0));
    assertTrue(lignes.get(2).startsWith("INSEE  Nom"), lignes.get(2));
    assertTrue(r.out.lines().anyMatch(l -> l.matches("62119  Béthune +25 342 +25 679")), r.out);
    assertTrue(r.out.lines().anyMatch(l -> l.startsWith("Total  100 communes")), r.out);
    assertEquals(3 + 100 + 1 + 2, lignes.size(), r.out);
    assertTrue(r.out.contains("Source : registre 2026, @etalab/decoupage-administratif 6.0.0"), r.out);
    assertTrue(r.out.contains("millésime 2022"), r.out);
    assertEquals("", r.err);
  }

  @Test
  void communeHorsEpciSansPopulationTotale() {
    CliRun r = ctg("territoire", "--commune", "29155");
    assertEquals(Ctg.OK, r.code, r.err);
    assertTrue(r.out.startsWith("Ouessant (INSEE 29155, SIREN 212901557) — département Finistère (29) — hors EPCI"), r.out);
    assertTrue(r.out.lines().anyMatch(l -> l.matches("29155  Ouessant +860 +inconnue")), r.out);
  }

  @Test
  void communeAuNomPlusCourtQueLeLibelleDuTotal() {
    // « Arras » is shorter than « 1 commune »: the columns widen, nothing breaks
    CliRun r = ctg("territoire", "--commune", "62041");
    assertEquals(Ctg.OK, r.code, r.err);
    assertTrue(r.out.lines().anyMatch(l -> l.matches("62041  Arras +42 621 +43 496")), r.out);
    assertTrue(r.out.lines().anyMatch(l -> l.matches("Total  1 commune +42 621 +43 496")), r.out);
  }

  @Test
  void departementAvecCommunesSansTotale() {
    CliRun r = ctg("territoire", "--departement", "29");
    assertEquals(Ctg.OK, r.code, r.err);
    assertTrue(r.out.startsWith("Département Finistère (29) — 277 communes"), r.out);
    assertTrue(r.out.contains("Population totale inconnue pour 2 communes, non comptées dans le total"), r.out);
  }

  @Test
  void formatCsv() {
    CliRun r = ctg("territoire", "--epci", "246200299", "--format", "csv");
    assertEquals(Ctg.OK, r.code, r.err);
    List<String> lignes = r.out.lines().collect(java.util.stream.Collectors.toList());
    assertEquals("insee;nom;epci;populationMunicipale;populationTotale", lignes.get(0));
    assertEquals(1 + 14, lignes.size());
    assertTrue(lignes.contains("62427;Hénin-Beaumont;246200299;25764;26090"), r.out);
  }

  @Test
  void sirenInconnu() {
    CliRun r = ctg("territoire", "--epci", "999999999");
    assertEquals(Ctg.ENTREE_INVALIDE, r.code);
    assertEquals("", r.out);
    assertEquals("ctg : EPCI inconnu du registre 2026 : SIREN « 999999999 »", r.err.strip());
  }

  @Test
  void inseeInconnu() {
    CliRun r = ctg("territoire", "--commune", "99999");
    assertEquals(Ctg.ENTREE_INVALIDE, r.code);
    assertTrue(r.err.contains("code INSEE inconnu du registre 2026 : 99999"), r.err);
  }

  @Test
  void registreDUneDate() {
    CliRun r = ctg("territoire", "--commune", "62119", "--date", "2021-06-30");
    assertEquals(Ctg.OK, r.code, r.err);
    // epci.json of the 2021 release: Béthune 25 193 / 25 544 (populations légales 2018)
    assertTrue(r.out.lines().anyMatch(l -> l.matches("62119  Béthune +25 193 +25 544")), r.out);
    assertTrue(r.out.contains("Source : registre 2021, @etalab/decoupage-administratif 1.1.1"), r.out);
    assertTrue(r.out.contains("millésime 2018"), r.out);
  }

  @Test
  void unCodeFusionneEstResoluEtLeRapportLeDit() {
    CliRun avant = ctg("territoire", "--commune", "01039", "--date", "2022-12-31");
    assertEquals(Ctg.OK, avant.code, avant.err);
    assertTrue(avant.out.startsWith("Béon (INSEE 01039"), avant.out);
    CliRun apres = ctg("territoire", "--commune", "01039", "--date", "2024-01-01");
    assertEquals(Ctg.OK, apres.code, apres.err);
    assertTrue(apres.out.startsWith("Culoz-Béon (INSEE 01138"), apres.out);
    assertTrue(apres.out.contains(
        "Remarque : 01039 Béon → 01138 Culoz-Béon depuis le 1er janvier 2023 (registre 2023)."), apres.out);
  }

  @Test
  void uneDateAvantLeRegistreEstRefuseeEtUneDateApresLeDit() {
    CliRun avant = ctg("territoire", "--commune", "62119", "--date", "2020-12-31");
    assertEquals(Ctg.ENTREE_INVALIDE, avant.code);
    assertTrue(avant.err.contains("à partir du 2021-01-01"), avant.err);
    assertEquals("", avant.out);
    CliRun apres = ctg("territoire", "--commune", "62119", "--date", "2027-01-01");
    assertEquals(Ctg.OK, apres.code, apres.err);
    assertTrue(apres.out.contains("Remarque : date postérieure au dernier registre"), apres.out);
  }

  @Test
  void exactementUnSelecteur() {
    for (String[] args : List.of(new String[] {"territoire"},
        new String[] {"territoire", "--epci", "200072460", "--commune", "62119"})) {
      CliRun r = ctg(args);
      assertEquals(Ctg.ENTREE_INVALIDE, r.code);
      assertTrue(r.err.contains("indiquez exactement un territoire"), r.err);
      assertEquals("", r.out);
    }
  }

  @Test
  void formatInconnu() {
    CliRun r = ctg("territoire", "--commune", "62119", "--format", "json");
    assertEquals(Ctg.ENTREE_INVALIDE, r.code);
    assertTrue(r.err.contains("format inconnu « json » : text ou csv attendu"), r.err);
  }

  @Test
  void franchissementsDesSeuilsEntreDeuxDatesAvecLesDeuxPopulations() {
    CliRun r = ctg("territoire", "--franchissements", "--de", "2021-01-01", "--a", "2026-01-01", "--departement", "62");
    assertEquals(Ctg.OK, r.code, r.err);
    List<String> lignes = r.out.lines().collect(java.util.stream.Collectors.toList());
    assertEquals("Franchissements de seuils de population — département Pas-de-Calais (62)", lignes.get(0));
    assertTrue(lignes.get(1).contains("registre 2021 (@etalab/decoupage-administratif 1.1.1), populations millésime 2018")
        && lignes.get(1).contains("registre 2026 (@etalab/decoupage-administratif 6.0.0), populations millésime 2022"), lignes.get(1));
    assertTrue(r.out.contains("Seuil 10 000 habitants (ao.seuil_rpe, ao.seuil_schema) :\n"), r.out);
    assertTrue(r.out.contains("  franchi à la hausse : Lillers (INSEE 62516) 9 999 → 10 296\n"), r.out);
    assertTrue(r.out.contains("  repassé en dessous : Montigny-en-Gohelle (INSEE 62587) 10 369 → 9 695\n"), r.out);
    // a commune nouvelle keeping a former commune's code: the merger is said, not taken for growth
    assertTrue(r.out.contains("franchi à la hausse : Hesdin-la-Forêt (INSEE 62447) 2 233 → 4 594 — commune nouvelle : "
        + "62461 Huby-Saint-Leu → 62447 Hesdin-la-Forêt depuis le 1er janvier 2025 (registre 2025)"), r.out);
    assertTrue(r.out.contains("8 franchissement(s)"), r.out);

    CliRun csv = ctg("territoire", "--franchissements", "--de", "2021-01-01", "--a", "2026-01-01", "--commune", "62516",
        "--format", "csv");
    assertEquals(Ctg.OK, csv.code, csv.err);
    assertEquals(List.of("nature;code;nom;seuil;parametres;sens;populationTotaleDe;populationTotaleA;communesAbsorbees",
        "commune;62516;Lillers;10000;ao.seuil_rpe,ao.seuil_schema;hausse;9999;10296;"), csv.out.lines().toList());
  }

  @Test
  void franchissementsRefusentDesDatesHorsRegistreOuIncompletes() {
    CliRun avant = ctg("territoire", "--franchissements", "--de", "2020-01-01", "--a", "2026-01-01");
    assertEquals(Ctg.ENTREE_INVALIDE, avant.code);
    assertTrue(avant.err.contains("à partir du 2021-01-01"), avant.err);
    CliRun sansA = ctg("territoire", "--franchissements", "--de", "2021-01-01");
    assertEquals(Ctg.ENTREE_INVALIDE, sansA.code, sansA.err);
    assertTrue(sansA.err.contains("--franchissements demande --a AAAA-MM-JJ"), sansA.err);
    CliRun ordre = ctg("territoire", "--franchissements", "--de", "2026-01-01", "--a", "2021-01-01");
    assertEquals(Ctg.ENTREE_INVALIDE, ordre.code);
    assertTrue(ordre.err.contains("--de 2026-01-01 doit précéder --a 2021-01-01"), ordre.err);
  }
}
