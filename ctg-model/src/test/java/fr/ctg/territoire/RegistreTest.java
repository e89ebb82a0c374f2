package fr.ctg.territoire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RegistreTest {
  private static final Registre R = Registre.national();

  /**
   * National counts of each release, computed from the release's JSON files themselves, outside
   * the generator: commune-actuelle entries of communes.json, entries of epci.json, and the sums of
   * populationTotale / populationMunicipale over epci.json's membres (see PROVENANCE.md).
   */
  private static final long[][] COMPTES = {
    // annee, communes, EPCI, population totale, population municipale (membres d'EPCI)
    {2021, 35_059, 1_254, 68_229_786, 66_982_782},
    {2022, 35_049, 1_255, 68_485_633, 67_238_626},
    {2023, 35_039, 1_255, 68_644_693, 67_412_327},
    {2024, 35_029, 1_255, 68_876_903, 67_658_180},
    {2025, 34_969, 1_255, 69_217_228, 68_010_643},
    {2026, 34_969, 1_255, 69_217_228, 68_010_643},
  };

  @Test
  void chaqueAnneeALesComptesNationauxDeSaVersion() {
    assertEquals(COMPTES.length, R.millesimes().size());
    for (long[] attendu : COMPTES) {
      Territoire t = R.annee((int) attendu[0]);
      long totale = 0;
      long municipale = 0;
      for (Commune c : t.communes()) {
        if (c.population().isPresent() && c.population().get().totale().isPresent()) {
          totale += c.population().get().totale().getAsLong();
          municipale += c.population().get().municipale().getAsLong();
        }
      }
      String an = "registre " + attendu[0];
      assertEquals(attendu[1], t.communes().size(), an);
      assertEquals(attendu[2], t.epcis().size(), an);
      assertEquals(attendu[3], totale, an);
      assertEquals(attendu[4], municipale, an);
      assertEquals((int) attendu[0], t.millesime().orElseThrow().annee());
    }
  }

  @Test
  void versionsEtMillesimesDePopulation() {
    List<String> versions = new ArrayList<>();
    List<Integer> millesimes = new ArrayList<>();
    for (Millesime m : R.millesimes()) {
      versions.add(m.version());
      millesimes.add(m.millesimePopulationTotale());
    }
    assertEquals(List.of("1.1.1", "2.3.1", "3.1.1", "4.1.0", "5.3.0", "6.0.0"), versions);
    // populations in force on 1 January of year N are those of vintage N-3 (DOMAIN.md); the 2026
    // release repeats the 2025 epci.json (vintage 2022).
    assertEquals(List.of(2018, 2019, 2020, 2021, 2022, 2022), millesimes);
    assertEquals(2023, R.annee(2026).millesime().orElseThrow().millesimePopulationMunicipaleSeule());
  }

  @Test
  void laDateChoisitLeRegistreDeSonAnnee() {
    assertEquals(2021, R.enVigueurAu(LocalDate.of(2021, 1, 1)).millesime().orElseThrow().annee());
    assertEquals(2022, R.enVigueurAu(LocalDate.of(2022, 12, 31)).millesime().orElseThrow().annee());
    assertEquals(2024, R.enVigueurAu(LocalDate.of(2024, 2, 29)).millesime().orElseThrow().annee());
    assertSame(R.annee(2023), R.enVigueurAu(LocalDate.of(2023, 6, 1)));
    assertSame(Territoire.national(), R.annee(2026));
    assertTrue(R.millesimeAu(LocalDate.of(2025, 3, 1)).remarquesAu(LocalDate.of(2025, 3, 1)).isEmpty());
  }

  @Test
  void uneDateAvantLePremierRegistreEstRefuseeAvecLaPeriodeCouverte() {
    DateHorsRegistreException e = assertThrows(DateHorsRegistreException.class,
        () -> R.enVigueurAu(LocalDate.of(2020, 12, 31)));
    assertTrue(e.getMessage().contains("2021-01-01"), e.getMessage());
    assertTrue(e.getMessage().contains("2021 à 2026"), e.getMessage());
  }

  @Test
  void apresLeDernierRegistreLeDernierSertEtLeDit() {
    LocalDate date = LocalDate.of(2028, 3, 1);
    Millesime m = R.millesimeAu(date);
    assertEquals(2026, m.annee());
    assertSame(R.annee(2026), R.enVigueurAu(date));
    List<String> remarques = m.remarquesAu(date);
    assertTrue(remarques.get(0).contains("postérieure au dernier registre"), remarques.toString());
    assertTrue(remarques.get(1).contains("millésime 2025"), remarques.toString());
  }

  @Test
  void en2026LesPopulationsNeSontPasDuMillesimeEnVigueurEtLeRapportLeDira() {
    List<String> r = R.millesimeAu(LocalDate.of(2026, 6, 30)).remarquesAu(LocalDate.of(2026, 6, 30));
    assertEquals(1, r.size());
    assertTrue(r.get(0).contains("millésime 2022") && r.get(0).contains("millésime 2023"), r.get(0));
  }

  @Test
  void unMemeRegistrePartageEntreFils() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Territoire>> taches = new ArrayList<>();
      for (int i = 0; i < 8; i++) taches.add(() -> R.enVigueurAu(LocalDate.of(2022, 5, 1)));
      List<Future<Territoire>> resultats = pool.invokeAll(taches);
      for (Future<Territoire> f : resultats) assertSame(R.annee(2022), f.get());
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void beonDevientCulozBeonEn2023() {
    Commune beon = R.annee(2022).designer("01039").commune();
    assertEquals("Béon", beon.nom());
    CommuneDesignee d = R.annee(2023).designer("01039");
    assertEquals("01138", d.commune().insee());
    assertEquals("Culoz-Béon", d.commune().nom());
    Succession s = d.succession().orElseThrow();
    assertEquals(OptionalInt.of(2023), s.depuis());
    assertEquals("01039 Béon → 01138 Culoz-Béon depuis le 1er janvier 2023 (registre 2023)", s.texte());
    assertEquals("01039 Béon → 01138 Culoz-Béon depuis le 1er janvier 2023 (registre 2023)",
        R.annee(2026).designer("01039").succession().orElseThrow().texte());
  }

  @Test
  void unChangementDeCodeEtUnRetablissement() {
    // Conques-en-Rouergue takes the code 12218 in 2025 (12076 before).
    assertEquals("Conques-en-Rouergue", R.annee(2024).commune("12076").orElseThrow().nom());
    assertEquals("12218", R.annee(2025).designer("12076").commune().insee());
    // Les Hauts-Talican (60694), commune déléguée of 60054 until 2023, is a commune again in 2024.
    assertEquals("60054", R.annee(2023).designer("60694").commune().insee());
    assertTrue(R.annee(2023).designer("60694").succession().orElseThrow().depuis().isEmpty());
    assertEquals("Les Hauts-Talican", R.annee(2024).designer("60694").commune().nom());
    assertTrue(R.annee(2024).designer("60694").succession().isEmpty());
  }

  @Test
  void toutesLesFusions2021A2026SeResolvent() {
    Territoire debut = R.annee(2021);
    Territoire fin = R.annee(2026);
    int fusionnees = 0;
    for (Commune c : debut.communes()) {
      CommuneDesignee d = fin.designer(c.insee());
      assertTrue(fin.commune(d.commune().insee()).isPresent());
      if (d.succession().isPresent()) {
        fusionnees++;
        assertTrue(d.succession().get().depuis().getAsInt() > 2021, c.insee());
      }
    }
    // 35 059 communes in 2021, 34 969 in 2026, no commune created from nothing: 90 net disappearances
    // at least, and the restored communes (rétablies) add to them.
    assertTrue(fusionnees >= 90, "" + fusionnees);
  }

  /** Every commune of year N is a commune of year N+1 or resolves there to the commune that succeeded it. */
  @Property(tries = 300)
  void chaqueCommuneDeLAnneeNEstEnNPlus1OuASonSuccesseur(
      @ForAll @IntRange(min = 2021, max = 2025) int annee, @ForAll @IntRange(min = 0, max = 34_968) int rang) {
    Territoire n = R.annee(annee);
    Territoire suivante = R.annee(annee + 1);
    Commune c = n.communes().get(rang % n.communes().size());
    CommuneDesignee d = suivante.designer(c.insee());
    assertTrue(suivante.commune(d.commune().insee()).isPresent());
    if (d.succession().isPresent()) {
      assertEquals(OptionalInt.of(annee + 1), d.succession().get().depuis(), c.insee());
      assertEquals(c.nom(), d.succession().get().ancienNom().orElseThrow());
    } else {
      assertEquals(c.insee(), d.commune().insee());
    }
  }

  @Test
  void lesPopulationsChangentDeMillesimeChaqueAnnee() {
    Population p2021 = R.annee(2021).commune("62119").orElseThrow().population().orElseThrow();
    Population p2026 = R.annee(2026).commune("62119").orElseThrow().population().orElseThrow();
    assertEquals(OptionalLong.of(25_544), p2021.totale());
    assertTrue(p2021.source().contains("1.1.1") && p2021.source().contains("millésime 2018"), p2021.source());
    assertEquals(OptionalLong.of(25_679), p2026.totale());
  }

  @Test
  void unCodeQuiNExisteQuePlusTardEstRefuseAvecSaDate() {
    // The six releases hold no such code (every new code was a former one before): a registry
    // built from given values checks the refusal.
    Commune a = ImmutableCommune.builder().insee("00001").nom("A").departement("00").region("00").build();
    Territoire t = Territoire.of(R.annee(2022).millesime().orElseThrow(), List.of(a), List.of(), Map.of(),
        Map.of(), Map.of("00002", 2024), Map.of("00002", "B"));
    CodeCommuneInconnuException e = assertThrows(CodeCommuneInconnuException.class, () -> t.designer("00002"));
    assertEquals("le code INSEE 00002 (B) n'est pas une commune du registre 2022 : il n'en désigne une"
        + " qu'à partir du 1er janvier 2024", e.getMessage());
    assertTrue(assertThrows(CodeCommuneInconnuException.class, () -> t.designer("99999")).getMessage()
        .contains("inconnu"));
  }
}
