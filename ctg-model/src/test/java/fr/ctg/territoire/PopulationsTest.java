package fr.ctg.territoire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PopulationsTest {
  private static final Territoire T = Territoire.national();
  private static final Populations NATIONALES = Populations.du(T);
  private static final LocalDate ORIGINE = LocalDate.of(2020, 1, 1);

  @Test
  void chiffreDuRegistreSansSurcharge() {
    PopulationRetenue r = NATIONALES.totale("62119", LocalDate.of(2026, 1, 1)).orElseThrow();
    assertEquals(25_679, r.valeur());
    assertFalse(r.surcharge());
    assertTrue(r.population().source().contains("millésime 2022"), r.population().source());
  }

  @Test
  void communeSansPopulationTotaleOuInconnue() {
    assertTrue(NATIONALES.totale("29155", LocalDate.of(2026, 1, 1)).isEmpty()); // Ouessant, hors EPCI
    assertTrue(NATIONALES.totale("98412", LocalDate.of(2026, 1, 1)).isEmpty()); // Kerguelen
    assertTrue(NATIONALES.totale("99999", LocalDate.of(2026, 1, 1)).isEmpty());
  }

  @Test
  void uneSurchargeDonneLaTotaleDUneCommuneQuiNEnAvaitPas() {
    Populations p = NATIONALES.avec(List.of(PopulationCommune.of("29155",
        surcharge(840, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))));
    assertEquals(840, p.totale("29155", LocalDate.of(2026, 6, 1)).orElseThrow().valeur());
    assertTrue(p.totale("29155", LocalDate.of(2027, 1, 1)).isEmpty());
  }

  @Test
  void surchargesInvalidesRefusees() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThrows(IllegalArgumentException.class,
        () -> NATIONALES.avec(List.of(PopulationCommune.of("99999", surcharge(1, d, null)))));
    assertThrows(IllegalArgumentException.class, () -> NATIONALES.avec(List.of(
        PopulationCommune.of("62119", surcharge(1, d, d.plusYears(1))),
        PopulationCommune.of("62119", surcharge(2, d.plusYears(1), null)))));
    Populations une = NATIONALES.avec(List.of(PopulationCommune.of("62119", surcharge(1, d, null))));
    assertThrows(IllegalArgumentException.class,
        () -> une.avec(List.of(PopulationCommune.of("62119", surcharge(2, d.minusYears(1), d)))));
    assertThrows(IllegalArgumentException.class, () -> NATIONALES.avec(List.of(PopulationCommune.of("62119",
        ImmutablePopulation.builder().municipale(3).enVigueurDu(d).source("x").build()))));
  }

  /**
   * totale(insee, d) returns the override iff d lies inside its (inclusive) period, else the
   * bundled figure (or nothing when the registry has no total for that commune). Checked on a
   * random date and on both sides of each bound of the period.
   */
  @Property(tries = 1000)
  void laPopulationRetenueRespecteLesPeriodes(
      @ForAll("communes") String insee,
      @ForAll @IntRange(min = 0, max = 3000) int debut,
      @ForAll @IntRange(min = -1, max = 1500) int duree,
      @ForAll @IntRange(min = -400, max = 2000) int decalage) {
    long valeur = 1_000L * debut + duree + 1; // any figure; derived to keep edge cases few
    LocalDate du = ORIGINE.plusDays(debut);
    LocalDate au = duree < 0 ? null : du.plusDays(duree); // -1: open period
    Population s = surcharge(valeur, du, au);
    Populations p = NATIONALES.avec(List.of(PopulationCommune.of(insee, s)));

    List<LocalDate> dates = new ArrayList<>(List.of(du.plusDays(decalage), du, du.minusDays(1)));
    if (au != null) {
      dates.add(au);
      dates.add(au.plusDays(1));
    }
    for (LocalDate d : dates) {
      Optional<PopulationRetenue> r = p.totale(insee, d);
      boolean dedans = !d.isBefore(du) && (au == null || !d.isAfter(au));
      if (dedans) {
        assertTrue(r.orElseThrow().surcharge());
        assertEquals(valeur, r.orElseThrow().valeur());
        assertEquals(s, r.orElseThrow().population());
      } else {
        assertEquals(NATIONALES.totale(insee, d), r);
        assertEquals(T.commune(insee).flatMap(Commune::population).flatMap(x ->
            x.totale().isPresent() ? Optional.of(x.totale().getAsLong()) : Optional.empty()),
            r.map(PopulationRetenue::valeur));
        r.ifPresent(x -> assertFalse(x.surcharge()));
      }
    }
  }

  @Provide
  Arbitrary<String> communes() {
    // members of an EPCI (bundled total) and communes outside any EPCI (no bundled total)
    return Arbitraries.of("62119", "2A004", "29155", "97502");
  }

  static Population surcharge(long totale, LocalDate du, LocalDate au) {
    ImmutablePopulation.Builder b = ImmutablePopulation.builder()
        .totale(totale).enVigueurDu(du).source("INSEE, test");
    if (au != null) b.enVigueurAu(au);
    return b.build();
  }
}
