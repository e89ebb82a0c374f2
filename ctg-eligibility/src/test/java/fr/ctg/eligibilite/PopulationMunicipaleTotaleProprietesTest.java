package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.ao.ElementSchema;
import fr.ctg.ao.ImmutableCtgEnVigueur;
import fr.ctg.eligibilite.ao.Fixtures;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.ImmutableCommune;
import fr.ctg.territoire.ImmutablePopulation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 12 §3: the population totale of a commune is its population municipale plus the population
 * comptée à part (INSEE), so when the municipale is above a threshold the totale is too. Whatever the
 * populations (municipale ≤ totale, or the municipale alone), with or without a CTG standing in for the
 * schéma signed by every commune, no AO rule concludes that a commune whose population municipale is
 * above a threshold is below it: no NON_APPLICABLE finding carries a threshold ({@code faits.seuil})
 * the municipale exceeds.
 */
class PopulationMunicipaleTotaleProprietesTest {
  static final List<LocalDate> DATES = List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1));

  /** One commune: its municipale, the population comptée à part, whether the totale is known. */
  record Pop(long municipale, long aPart, boolean totaleConnue) {}

  @Provide
  Arbitrary<List<Pop>> populations() {
    Arbitrary<Long> municipale = Arbitraries.oneOf(Arbitraries.longs().between(0, 30000),
        Arbitraries.of(3499L, 3500L, 3501L, 9999L, 10000L, 10001L));
    Arbitrary<Long> aPart = Arbitraries.oneOf(Arbitraries.longs().between(0, 3000), Arbitraries.of(0L, 1L, 2L));
    return Combinators.combine(municipale, aPart, Arbitraries.of(true, true, false)).as(Pop::new)
        .list().ofMinSize(1).ofMaxSize(6);
  }

  static Commune commune(int i, Pop p) {
    String insee = String.format("62%03d", i + 1);
    if (p.totaleConnue()) return Fixtures.commune(insee, "Commune " + (i + 1), p.municipale(), p.municipale() + p.aPart());
    return ImmutableCommune.builder().from(Fixtures.commune(insee, "Commune " + (i + 1), p.municipale()))
        .population(ImmutablePopulation.builder().municipale(p.municipale()).source("test " + insee).build()).build();
  }

  @Property(tries = 60)
  void uneCommuneAuDessusDUnSeuilParSaPopulationMunicipaleNEstJamaisDiteEnDessous(
      @ForAll("populations") List<Pop> pops, @ForAll boolean avecCtg, @ForAll("dates") LocalDate date) {
    List<Commune> communes = new ArrayList<>();
    for (int i = 0; i < pops.size(); i++) communes.add(commune(i, pops.get(i)));
    List<String> codes = communes.stream().map(Commune::insee).toList();
    EntreesAO entrees = !avecCtg ? EntreesAO.aucune() : EntreesAO.builder().addCtgs(ImmutableCtgEnVigueur.builder()
        .id("ctg-test").communes(codes).signataires(codes)
        .dateDebut(LocalDate.of(2025, 1, 1)).dateFin(LocalDate.of(2029, 12, 31)).tientLieuDeSchema(true)
        .elements(EnumSet.allOf(ElementSchema.class)).build()).build();
    List<String> v = violations(Fixtures.evaluateur(communes), communes, entrees, date);
    assertTrue(v.isEmpty(), () -> String.join("\n", v));
  }

  /** The findings that say a commune is below a threshold its population municipale exceeds. */
  static List<String> violations(Evaluateur e, List<Commune> communes, EntreesAO entrees, LocalDate date) {
    Map<String, Long> municipale = communes.stream()
        .collect(Collectors.toMap(Commune::insee, c -> c.population().get().municipale().getAsLong()));
    Rapport r = e.obligations(SelectionTerritoire.france(), date, entrees, OptionsObligations.parDefaut().avecNonApplicables());
    List<String> out = new ArrayList<>();
    for (Constat c : r.constats()) {
      Long m = municipale.get(c.sujet().id());
      Object seuil = c.faits().get("seuil");
      if (m == null || seuil == null || c.statut() != Statut.NON_APPLICABLE) continue;
      if (BigDecimal.valueOf(m).compareTo(new BigDecimal(seuil.toString())) > 0) {
        out.add(c.regle() + " conclut sous le seuil " + seuil + " pour une population municipale de " + m + " : " + c.message());
      }
    }
    return out;
  }

  /** The check can fail: compared on the population comptée à part alone, a commune of 20 000 would be « below » 10 000. */
  @net.jqwik.api.Example
  void laVerificationEchoueSiLaRegleCompareUnePopulationInferieureALaMunicipale() {
    List<Commune> communes = List.of(Fixtures.commune("62001", "Grande", 20000, 20010));
    assertTrue(violations(Fixtures.evaluateur(communes), communes, EntreesAO.aucune(), DATES.get(1)).isEmpty());
    List<String> v = violations(Fixtures.evaluateur(communes, Fixtures.parametres("compteeAPart")), communes,
        EntreesAO.aucune(), DATES.get(1));
    assertTrue(v.stream().anyMatch(x -> x.startsWith("AO-RPE conclut sous le seuil 10000")), v::toString);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.of(DATES);
  }
}
