package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.ao.ElementSchema;
import fr.ctg.ao.ImmutableCtgEnVigueur;
import fr.ctg.ao.ImmutablePreuveExercice;
import fr.ctg.ao.ImmutableRpe;
import fr.ctg.ao.ImmutableSchemaAdopte;
import fr.ctg.ao.Rpe;
import fr.ctg.eligibilite.ao.Fixtures;
import fr.ctg.parametres.Parametres;
import fr.ctg.regles.Constats;
import fr.ctg.regles.RuleBase;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Evaluateur#obligations} evaluates a large selection in batches of holders, one session
 * each, possibly on several threads: whatever the batch size and the number of threads, the
 * conclusions must be those of one session over all the facts — with transfers to an EPCI and to a
 * syndicat (holders whose facts come in several groups), RPE coverage, schémas, CTGs and proofs of
 * exercise drawn at random, and the "why not" findings; and the AO family loaded alone
 * ({@link RuleBase#famille}, what {@link Evaluateur#obligations} runs) concludes as the whole base.
 */
class EvaluationParLotsTest {
  static final String SYNDICAT = "250000001";
  static final List<String> OBLIGATIONS = List.of("AO-RECENSEMENT", "AO-INFORMATION", "AO-PLANIFICATION",
      "AO-QUALITE", "AO-SCHEMA", "AO-RPE");

  /**
   * The batch size an application or the command chooses ({@link Evaluateur.Builder#titulairesParLot})
   * does not change the report: a département of the national registry in batches of 37 holders on
   * two threads, and in the default batches on one.
   */
  @net.jqwik.api.Example
  void laTailleDesLotsNeChangePasLeRapport() {
    LocalDate date = LocalDate.of(2026, 1, 1);
    SelectionTerritoire pasDeCalais = SelectionTerritoire.departement("62");
    fr.ctg.rapport.Rapport parDefaut = Evaluateur.builder().build().obligations(pasDeCalais, date, EntreesAO.aucune());
    fr.ctg.rapport.Rapport petitsLots = Evaluateur.builder().titulairesParLot(37).parallelisme(2).build()
        .obligations(pasDeCalais, date, EntreesAO.aucune());
    assertTrue(parDefaut.constats().size() > 1_000, "constats : " + parDefaut.constats().size());
    assertEquals(parDefaut, petitsLots);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Evaluateur.builder().titulairesParLot(0));
  }

  @Property(tries = 40)
  void lesLotsConcluentCommeUneSeuleSession(@ForAll long graine, @ForAll @IntRange(min = 1, max = 12) int taille,
      @ForAll @IntRange(min = 1, max = 3) int parallelisme) {
    Random r = new Random(graine);
    List<Commune> communes = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      communes.add(r.nextInt(15) == 0 ? Fixtures.sansPopulation(String.format("62%03d", i), "C" + i)
          : Fixtures.commune(String.format("62%03d", i), "C" + i, r.nextInt(3) == 0 ? r.nextInt(30_000) : r.nextInt(4_000)));
    }
    LocalDate date = List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1))
        .get(r.nextInt(3));
    EntreesAO entrees = entrees(communes, r);
    boolean nonApplicables = r.nextBoolean();

    Map<String, Commune> parInsee = new TreeMap<>();
    for (Commune c : communes) parInsee.put(c.insee(), c);
    Epci epci = Fixtures.epci(communes);
    Parametres parametres = Fixtures.parametres();
    FaitsAO faits = FaitsAO.assembler(communes, parInsee, Map.of(epci.siren(), epci),
        SourcePopulation.desCommunes(communes), parametres, RuleBase.bundled().textes(), date, entrees, nonApplicables);
    RuleBase regles = RuleBase.bundled();

    Constats.Conclusions uneSession = Evaluateur.evaluerParLots(regles, List.of(faits.faits()), 1, fr.ctg.regles.Budget.demarrer(fr.ctg.regles.Limites.parDefaut()));
    List<List<Object>> lots = faits.lots(taille);
    Set<String> titulaires = new TreeSet<>();
    faits.titulaires().forEach(t -> titulaires.add(t.id()));
    assertEquals((titulaires.size() + taille - 1) / taille, lots.size());
    Constats.Conclusions parLots = Evaluateur.evaluerParLots(regles, lots, parallelisme, fr.ctg.regles.Budget.demarrer(fr.ctg.regles.Limites.parDefaut()));

    if (nonApplicables || !date.isBefore(Fixtures.AO)) {
      assertTrue(uneSession.constats().size() >= communes.size(), "l'évaluation doit conclure sur chaque commune");
    }
    assertEquals(uneSession, parLots);
    // what Evaluateur.obligations runs: the AO family of the bundled rules, loaded alone
    assertEquals(uneSession, Evaluateur.evaluerParLots(regles.famille(Evaluateur.FAMILLE_AO), lots, parallelisme,
        fr.ctg.regles.Budget.demarrer(fr.ctg.regles.Limites.parDefaut())));
  }

  /** Transfers, RPE, schémas, CTGs and proofs drawn from {@code r}, about the communes and both transferees. */
  private static EntreesAO entrees(List<Commune> communes, Random r) {
    ImmutableEntreesAO.Builder b = EntreesAO.builder();
    List<String> titulaires = new ArrayList<>(List.of(Fixtures.EPCI, SYNDICAT));
    for (Commune c : communes) titulaires.add(c.insee());
    b.transferts(Fixtures.transfertsAuHasard(communes, r, SYNDICAT));
    if (r.nextBoolean()) {
      List<Rpe> rpe = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Set<String> couvertes = new TreeSet<>();
        for (Commune c : communes) if (r.nextInt(3) == 0) couvertes.add(c.insee());
        rpe.add(ImmutableRpe.builder().id("rpe-" + i).nom("RPE " + i).communes(couvertes).build());
      }
      b.rpe(rpe);
    }
    for (int i = 0; i < 6; i++) {
      String t = titulaires.get(r.nextInt(titulaires.size()));
      b.addSchemas(ImmutableSchemaAdopte.builder().titulaire(t).dateAdoption(LocalDate.of(2025, 1 + r.nextInt(12), 1))
          .dateTransmissionCdsf(r.nextBoolean() ? java.util.Optional.of(LocalDate.of(2025, 12, 1)) : java.util.Optional.empty())
          .build());
      b.addPreuves(ImmutablePreuveExercice.builder().titulaire(titulaires.get(r.nextInt(titulaires.size())))
          .obligation(OBLIGATIONS.get(r.nextInt(OBLIGATIONS.size()))).description("preuve " + i).build());
    }
    for (int i = 0; i < 2; i++) {
      Set<String> couvertes = new TreeSet<>();
      for (Commune c : communes) if (r.nextInt(4) != 0) couvertes.add(c.insee());
      Set<ElementSchema> elements = EnumSet.noneOf(ElementSchema.class);
      for (ElementSchema e : ElementSchema.values()) if (r.nextInt(4) != 0) elements.add(e);
      b.addCtgs(ImmutableCtgEnVigueur.builder().id("ctg-" + i).communes(couvertes)
          .dateDebut(LocalDate.of(2024, 1, 1)).dateFin(LocalDate.of(2028, 12, 31))
          .tientLieuDeSchema(r.nextBoolean()).elements(elements)
          .dateTransmissionCdsf(r.nextBoolean() ? java.util.Optional.of(LocalDate.of(2024, 6, 1)) : java.util.Optional.empty())
          .build());
    }
    return b.build();
  }
}
