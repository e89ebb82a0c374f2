package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.ao.CompetenceAO;
import fr.ctg.ao.TransfertCompetence;
import fr.ctg.eligibilite.ao.Fixtures;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.ao.TitulaireAO;
import fr.ctg.territoire.Commune;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the AO evaluation (issue 3): monotonicity, order independence, conservation, determinism. */
class ProprietesAOTest {
  static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1),
      LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 1));
  static final String SYNDICAT = "250000001";

  /** A territory: populations of communes 62001…, and transfers drawn from a seed. */
  static final class Cas {
    final List<Commune> communes;
    final List<TransfertCompetence> transferts;
    final LocalDate date;

    Cas(List<Integer> populations, long graine, LocalDate date) {
      this.communes = new ArrayList<>();
      for (int i = 0; i < populations.size(); i++) {
        communes.add(Fixtures.commune(String.format("62%03d", i + 1), "Commune " + (i + 1), populations.get(i)));
      }
      this.transferts = Fixtures.transfertsAuHasard(communes, new Random(graine), SYNDICAT);
      this.date = date;
    }

    Rapport evaluer(List<Commune> communes, List<TransfertCompetence> transferts, boolean nonApplicables) {
      return Fixtures.evaluateur(communes).obligations(SelectionTerritoire.france(), date,
          EntreesAO.builder().transferts(transferts).build(), OptionsObligations.parDefaut().nonApplicables(nonApplicables));
    }

    Rapport evaluer() {
      return evaluer(communes, transferts, false);
    }

    @Override
    public String toString() {
      return date + " " + communes.stream().map(c -> c.insee() + "=" + c.population().get().totale().getAsLong())
          .collect(Collectors.toList()) + " " + transferts;
    }
  }

  @Provide
  Arbitrary<Cas> cas() {
    Arbitrary<List<Integer>> pops = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 30000),
        Arbitraries.of(3499, 3500, 3501, 9999, 10000, 10001)).list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(pops, Arbitraries.longs(), Arbitraries.of(DATES)).as(Cas::new);
  }

  static Set<String> obligations(Rapport r) {
    return r.constats().stream().filter(c -> c.statut() != Statut.NON_APPLICABLE)
        .map(c -> c.regle() + "/" + c.sujet().id()).collect(Collectors.toSet());
  }

  @Property(tries = 60)
  void releverUnePopulationNeRetireAucuneObligation(@ForAll("cas") Cas cas, @ForAll @IntRange(max = 20000) int hausse,
      @ForAll @IntRange(max = 7) int indice) {
    Set<String> avant = obligations(cas.evaluer());
    List<Commune> releve = new ArrayList<>(cas.communes);
    int i = indice % releve.size();
    Commune c = releve.get(i);
    long pop = c.population().get().totale().getAsLong() + hausse;
    releve.set(i, Fixtures.commune(c.insee(), c.nom(), pop));
    Set<String> apres = obligations(cas.evaluer(releve, cas.transferts, false));
    assertTrue(apres.containsAll(avant), () -> "perdues : " + avant.stream().filter(o -> !apres.contains(o)).collect(Collectors.toList()));
  }

  @Property(tries = 40)
  void lOrdreDesEntreesNeChangeRien(@ForAll("cas") Cas cas, @ForAll long graine) {
    List<Commune> communes = new ArrayList<>(cas.communes);
    List<TransfertCompetence> transferts = new ArrayList<>(cas.transferts);
    Collections.shuffle(communes, new Random(graine));
    Collections.shuffle(transferts, new Random(graine + 1));
    assertEquals(JsonReport.render(cas.evaluer(cas.communes, cas.transferts, true)),
        JsonReport.render(cas.evaluer(communes, transferts, true)));
  }

  @Property(tries = 60)
  void chaqueCompetenceAUnSeulTitulaireParCommune(@ForAll("cas") Cas cas) {
    Map<String, Commune> parInsee = new TreeMap<>();
    cas.communes.forEach(c -> parInsee.put(c.insee(), c));
    FaitsAO faits = FaitsAO.assembler(cas.communes, parInsee, Map.of(), SourcePopulation.desCommunes(cas.communes),
        Fixtures.parametres(), RuleBase.bundled().textes(), cas.date, EntreesAO.builder().transferts(cas.transferts).build(), false);
    for (Commune c : cas.communes) {
      for (CompetenceAO k : CompetenceAO.values()) {
        List<TitulaireAO> titulaires = faits.titulaires().stream()
            .filter(t -> t.competences().contains(k) && t.communes().contains(c.insee())).collect(Collectors.toList());
        assertEquals(1, titulaires.size(), c.insee() + " " + k + " : " + titulaires);
        TitulaireAO t = titulaires.get(0);
        boolean transferee = cas.transferts.stream().anyMatch(x -> x.enVigueur(cas.date) && x.commune().equals(c.insee()) && x.competences().contains(k));
        assertEquals(!transferee, t.id().equals(c.insee()), c.insee() + " " + k + " → " + t);
        long somme = t.communes().stream().mapToLong(i -> parInsee.get(i).population().get().totale().getAsLong()).sum();
        assertEquals(somme, t.population());
      }
    }
  }

  @Property(tries = 30)
  void memeEntreeMemesOctets(@ForAll("cas") Cas cas) {
    assertEquals(JsonReport.render(cas.evaluer(cas.communes, cas.transferts, true)),
        JsonReport.render(cas.evaluer(cas.communes, cas.transferts, true)));
  }
}
