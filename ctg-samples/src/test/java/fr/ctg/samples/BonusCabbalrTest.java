package fr.ctg.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.convention.CommuneCouverte;
import fr.ctg.convention.Convention;
import fr.ctg.convention.Engagement;
import fr.ctg.convention.Equipement;
import fr.ctg.convention.ImmutableConvention;
import fr.ctg.convention.ImmutableEngagement;
import fr.ctg.convention.ImmutableEquipement;
import fr.ctg.convention.MontantBonus;
import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.EntreesBonus;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Realistic case through the engine: the CABBALR Bonus Territoire amounts 2021-2024 (seed
 * 000_6ba50e68de7cb4c5.txt L4003-4029, read from the 2026-2030 sample) as the N-1 envelopes of
 * 2022-2025, distributed over the equipment annex of the CABBALR CTG 2021-2025 (seed
 * 001_65a752accbc4fa7a.txt L3486-3700, sample cabbalr-2021-2025).
 *
 * <p>HYPOTHESES of the test (the seeds do not give them): a structure managed by a « Mairie » is
 * supported by its commune (the rule the financing generator applies); every commune of the territory
 * made its deliberation and fiche d'engagement on the last day that meets the deadline as written
 * (« avant le 31/12/2021 », seed 001 L4717: 30 December 2021), except Beuvry, one day late (on the
 * 31st, which « avant le » excludes); non-EAJE structures weigh 1 (--poids-par-defaut 1). EAJE have
 * no PSU places in the seeds: they stay A_VERIFIER and receive nothing.
 */
class BonusCabbalrTest {
  static final Path CONVENTIONS = Path.of("src/main/resources/conventions");

  static Convention convention() throws Exception {
    Convention ctg1 = DocumentReader.readConvention(CONVENTIONS.resolve("cabbalr-2021-2025.ctg.yaml"));
    List<MontantBonus> bonus = DocumentReader.readConvention(CONVENTIONS.resolve("cabbalr-2026-2030.ctg.yaml")).bonusTerritoire();
    LocalDate limite = ctg1.dateLimiteEngagement().orElseThrow().minusDays(1); // « avant le 31/12/2021 »
    List<Engagement> engagements = new ArrayList<>();
    for (CommuneCouverte c : ctg1.territoire().communes()) {
      engagements.add(ImmutableEngagement.builder().collectivite(c.insee()).nom(c.nom())
          .dateDeliberation(limite).dateFicheEngagement(c.insee().equals("62126") ? limite.plusDays(1) : limite).build());
    }
    List<Equipement> equipements = new ArrayList<>();
    for (Equipement e : ctg1.equipements()) {
      boolean mairie = e.gestionnaire().map(g -> g.equalsIgnoreCase("Mairie")).orElse(false);
      equipements.add(mairie && e.commune().isPresent()
          ? ImmutableEquipement.copyOf(e).withCollectivitesSoutien(e.commune().get()) : e);
    }
    return ImmutableConvention.builder().from(ctg1).bonusTerritoire(bonus).engagements(engagements)
        .equipements(equipements).build();
  }

  @ParameterizedTest(name = "bonus {0} = bonus territoire {1}")
  @CsvSource({"2022, 3023717.98", "2023, 3179097.34", "2024, 3210876.46", "2025, 3348460.64"})
  void theEnvelopeOfTheYearBeforeIsDistributedToTheCent(int annee, BigDecimal enveloppe) throws Exception {
    Convention c = convention();
    Rapport r = Evaluateur.builder().parametres(DocumentReader.bundledParametres()).build()
        .bonus(c, annee, Optional.empty(), EntreesBonus.builder().poidsParDefaut(BigDecimal.ONE).build());
    BigDecimal somme = BigDecimal.ZERO;
    int lignes = 0;
    int eligibles = 0;
    BigDecimal min = null;
    BigDecimal max = null;
    Constat synthese = null;
    for (Constat k : r.constats()) {
      if (k.regle().equals("BT-ENVELOPPE")) assertEquals(enveloppe, k.faits().get("enveloppe"));
      if (k.regle().equals("BT-ELIGIBILITE") && k.sujet().id().startsWith("alsh") && "62126".equals(commune(c, k.sujet().id()))) {
        assertEquals(Statut.INELIGIBLE, k.statut(), k.message()); // Beuvry engaged one day late
      }
      if (!k.regle().equals("BT-REPARTITION") || k.statut() != Statut.INFO) continue;
      if (k.sujet().type().equals("convention")) {
        synthese = k;
        continue;
      }
      BigDecimal m = (BigDecimal) k.faits().get("montant");
      somme = somme.add(m);
      lignes++;
      if (Boolean.TRUE.equals(k.faits().get("eligible"))) {
        eligibles++;
        min = min == null || m.compareTo(min) < 0 ? m : min;
        max = max == null || m.compareTo(max) > 0 ? m : max;
      }
    }
    assertEquals(c.equipements().size(), lignes);
    assertEquals(enveloppe, somme);
    assertEquals(enveloppe, synthese.faits().get("totalReparti"));
    assertTrue(eligibles > 50, "éligibles : " + eligibles);
    assertEquals(eligibles, synthese.faits().get("nombreEligibles"));
    // equal weights: the shares differ by at most one cent
    assertTrue(max.subtract(min).compareTo(new BigDecimal("0.01")) <= 0, min + " / " + max);
  }

  private static String commune(Convention c, String id) {
    return c.equipements().stream().filter(e -> e.id().equals(id)).findFirst().flatMap(Equipement::commune).orElse(null);
  }
}
