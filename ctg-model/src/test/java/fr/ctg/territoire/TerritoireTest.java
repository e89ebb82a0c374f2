package fr.ctg.territoire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TerritoireTest {
  private final Territoire t = Territoire.national();

  @Test
  void leRegistreNationalCompteLesCommunesActuellesEtLesEpci() {
    assertEquals(34_969, t.communes().size());
    assertEquals(1_255, t.epcis().size());
    assertSame(t, Territoire.national());
  }

  @Test
  void communesTrieesParInseeEtEpciParSiren() {
    List<String> codes = t.communes().stream().map(Commune::insee).collect(Collectors.toList());
    List<String> tries = new ArrayList<>(codes);
    tries.sort(null);
    assertEquals(tries, codes);
    List<String> sirens = t.epcis().stream().map(Epci::siren).collect(Collectors.toList());
    List<String> sirensTries = new ArrayList<>(sirens);
    sirensTries.sort(null);
    assertEquals(sirensTries, sirens);
  }

  @Test
  void cabbalrCompteCentCommunesDontBethune() {
    // seed 000_6ba50e68de7cb4c5.txt: CTG 2026-2030 de la CABBALR, 100 communes
    Epci cabbalr = t.epci("200072460").orElseThrow();
    assertEquals("CA de Béthune-Bruay, Artois-Lys Romane", cabbalr.nom());
    assertEquals(NatureEpci.CA, cabbalr.nature());
    List<Commune> membres = t.membres("200072460");
    assertEquals(100, membres.size());
    assertEquals(cabbalr.membres(),
        membres.stream().map(Commune::insee).collect(Collectors.toList()));
    assertTrue(membres.stream().anyMatch(c -> c.insee().equals("62119")));
    assertTrue(membres.stream().allMatch(c -> c.epci().equals(Optional.of("200072460"))));
  }

  @Test
  void heninCarvinCompteQuatorzeCommunes() {
    // seed 004_6fa37c30264637ed.txt: CTG 2026-2030 de la CA d'Hénin-Carvin (14 communes)
    assertEquals("CA d'Hénin-Carvin", t.epci("246200299").orElseThrow().nom());
    assertEquals(14, t.membres("246200299").size());
  }

  @Test
  void bethuneParInseeEtParSiren() {
    Commune bethune = t.commune("62119").orElseThrow();
    assertEquals("Béthune", bethune.nom());
    assertEquals(Optional.of("216209106"), bethune.siren());
    assertEquals("62", bethune.departement());
    assertEquals("32", bethune.region());
    assertEquals(Optional.of("200072460"), bethune.epci());
    assertEquals(bethune, t.communeParSiren("216209106").orElseThrow());
    Population p = bethune.population().orElseThrow();
    assertEquals(OptionalLong.of(25_342), p.municipale());
    assertEquals(OptionalLong.of(25_679), p.totale());
    assertEquals(OptionalLong.of(337), p.compteeAPart());
    assertTrue(p.source().contains("6.0.0") && p.source().contains("millésime 2022"), p.source());
    assertTrue(p.enVigueurDu().isEmpty() && p.enVigueurAu().isEmpty());
  }

  @Test
  void uneCommuneHorsEpciNaQueSaPopulationMunicipale() {
    // Ouessant: an island commune outside any EPCI; the source gives no population totale.
    Commune ouessant = t.commune("29155").orElseThrow();
    assertEquals("Ouessant", ouessant.nom());
    assertTrue(ouessant.epci().isEmpty());
    Population p = ouessant.population().orElseThrow();
    assertEquals(OptionalLong.of(860), p.municipale());
    assertTrue(p.totale().isEmpty());
    assertTrue(p.compteeAPart().isEmpty());
    assertTrue(t.communes().stream().filter(c -> c.epci().isEmpty())
        .allMatch(c -> c.population().flatMap(x -> x.totale().isPresent() ? Optional.of(x) : Optional.empty()).isEmpty()));
    assertEquals(98, t.communes().stream().filter(c -> c.epci().isEmpty()).count());
  }

  @Test
  void lesCommunesSansSirenNiPopulationRestentExplicites() {
    Commune kerguelen = t.commune("98412").orElseThrow();
    assertTrue(kerguelen.siren().isEmpty());
    assertTrue(kerguelen.population().isEmpty());
    assertEquals(94, t.communes().stream().filter(c -> c.siren().isEmpty()).count());
  }

  @Test
  void communesEtNomDuDepartement() {
    assertEquals(Optional.of("Pas-de-Calais"), t.nomDepartement("62"));
    assertEquals(Optional.of("Corse-du-Sud"), t.nomDepartement("2A"));
    List<Commune> pdc = t.communesDuDepartement("62");
    assertEquals(t.communes().stream().filter(c -> c.departement().equals("62")).collect(Collectors.toList()), pdc);
    assertTrue(pdc.size() > 800);
    assertEquals("Ajaccio", t.commune("2A004").orElseThrow().nom());
    assertTrue(t.communesDuDepartement("2A").stream().allMatch(c -> c.insee().startsWith("2A")));
    assertTrue(t.communesDuDepartement("00").isEmpty());
    assertTrue(t.nomDepartement("00").isEmpty());
  }

  @Test
  void codesInconnus() {
    assertTrue(t.commune("99999").isEmpty());
    assertTrue(t.communeParSiren("000000000").isEmpty());
    assertTrue(t.epci("000000000").isEmpty());
    assertTrue(t.membres("000000000").isEmpty());
  }

  @Test
  void metropoleDeLyonEstUneMetropole() {
    assertEquals(NatureEpci.METRO, t.epci("200046977").orElseThrow().nature());
  }

  @Test
  void chaqueMembreAppartientASonEpci() {
    int total = 0;
    for (Epci e : t.epcis()) {
      for (Commune c : t.membres(e.siren())) {
        assertEquals(Optional.of(e.siren()), c.epci());
        assertTrue(c.population().orElseThrow().totale().getAsLong()
            >= c.population().orElseThrow().municipale().getAsLong());
        total++;
      }
    }
    assertEquals(34_969 - 98, total);
  }

  /**
   * Real communes on the strict AO thresholds (DOMAIN.md: "plus de 3 500", "plus de 10 000" are
   * strict and count the population totale): their population municipale is at or under the
   * threshold, their population totale over it.
   */
  @Test
  void communesFranchissantLesSeuilsParLaPopulationTotale() {
    Population lapugnoy = t.commune("62489").orElseThrow().population().orElseThrow();
    assertEquals("Lapugnoy", t.commune("62489").orElseThrow().nom());
    assertEquals(OptionalLong.of(3_500), lapugnoy.municipale());
    assertEquals(OptionalLong.of(3_537), lapugnoy.totale());
    Population foix = t.commune("09122").orElseThrow().population().orElseThrow();
    assertEquals(OptionalLong.of(9_731), foix.municipale());
    assertEquals(OptionalLong.of(10_051), foix.totale());
    Population redon = t.commune("35236").orElseThrow().population().orElseThrow();
    assertEquals(OptionalLong.of(9_336), redon.municipale());
    assertEquals(OptionalLong.of(10_086), redon.totale());
  }

  @Test
  void unRegistreIncoherentEstRefuse() {
    Commune c = ImmutableCommune.builder().insee("00001").nom("A").departement("00").region("00")
        .epci("000000001").build();
    assertThrows(IllegalArgumentException.class, () -> Territoire.of(List.of(c), List.of(), Map.of()));
    Epci e = ImmutableEpci.builder().siren("000000001").nom("CC").nature(NatureEpci.CC)
        .addMembre("00002").build();
    assertThrows(IllegalArgumentException.class, () -> Territoire.of(List.of(c), List.of(e), Map.of()));
    assertFalse(Territoire.of(List.of(c), List.of(ImmutableEpci.copyOf(e).withMembres("00001")), Map.of())
        .membres("000000001").isEmpty());
  }
}
