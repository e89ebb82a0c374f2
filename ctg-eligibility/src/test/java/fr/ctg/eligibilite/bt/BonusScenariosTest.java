package fr.ctg.eligibilite.bt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.convention.Convention;
import fr.ctg.convention.Equipement;
import fr.ctg.convention.ImmutableCommuneCouverte;
import fr.ctg.convention.ImmutableConvention;
import fr.ctg.convention.ImmutableEngagement;
import fr.ctg.convention.ImmutableEquipement;
import fr.ctg.convention.ImmutableEvaluation;
import fr.ctg.convention.ImmutableGouvernance;
import fr.ctg.convention.ImmutableMontantBonus;
import fr.ctg.convention.ImmutablePosteCooperation;
import fr.ctg.convention.ImmutableResiliation;
import fr.ctg.convention.ImmutableSignataire;
import fr.ctg.convention.ImmutableTerritoireConvention;
import fr.ctg.convention.PosteCooperation;
import fr.ctg.convention.TypeEmployeur;
import fr.ctg.convention.TypeEquipement;
import fr.ctg.convention.TypeResiliation;
import fr.ctg.convention.TypeSignataire;
import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.EntreesBonus;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.NouveauProjet;
import fr.ctg.eligibilite.PlacesCofinancees;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios of the BT and CCT rules through the engine ({@link Evaluateur#bonus}), one per rule and
 * per failed condition. The convention is a small invented one (three communes of the CABBALR, the
 * engagement deadline of seed 000 L9598-9604: 29 November 2025).
 */
class BonusScenariosTest {
  static final Parametres PARAMETRES = DocumentReader.bundledParametres();
  static final Evaluateur EVALUATEUR = Evaluateur.builder().parametres(PARAMETRES).build();
  static final LocalDate LIMITE = LocalDate.of(2025, 11, 29);

  static Equipement eaje(String id, String commune, Integer places, String... soutiens) {
    ImmutableEquipement.Builder b = ImmutableEquipement.builder().id(id).type(TypeEquipement.EAJE).nom("MAC " + id)
        .commune(commune).addCollectivitesSoutien(soutiens);
    if (places != null) b.placesPsu(places);
    return b.build();
  }

  static Equipement autre(String id, TypeEquipement type, String commune, String poids, String... soutiens) {
    ImmutableEquipement.Builder b = ImmutableEquipement.builder().id(id).type(type).nom(type + " " + id)
        .addCollectivitesSoutien(soutiens);
    if (commune != null) b.commune(commune);
    if (poids != null) b.poids(new BigDecimal(poids));
    return b.build();
  }

  /** Béthune engaged on the deadline day, Beuvry's fiche the day after, Bruay not recorded. */
  static ImmutableConvention.Builder convention() {
    return ImmutableConvention.builder().id("test-2026-2030").titre("CTG de test").dateDebut(LocalDate.of(2026, 1, 1))
        .dateFin(LocalDate.of(2030, 12, 31))
        .territoire(ImmutableTerritoireConvention.builder().epci("200072460").departement("62")
            .addCommunes(ImmutableCommuneCouverte.builder().insee("62119").nom("Béthune").build(),
                ImmutableCommuneCouverte.builder().insee("62126").nom("Beuvry").build(),
                ImmutableCommuneCouverte.builder().insee("62178").nom("Bruay-la-Buissière").build())
            .build())
        .addSignataires(ImmutableSignataire.builder().id("caf-62").type(TypeSignataire.CAF).nom("Caf du Pas-de-Calais").build(),
            ImmutableSignataire.builder().id("cabbalr").type(TypeSignataire.EPCI).nom("CABBALR").siren("200072460").build())
        .dateLimiteEngagement(LIMITE)
        .addEngagements(
            ImmutableEngagement.builder().collectivite("62119").nom("Béthune")
                .dateDeliberation(LocalDate.of(2025, 10, 1)).dateFicheEngagement(LIMITE).build(),
            ImmutableEngagement.builder().collectivite("62126").nom("Beuvry")
                .dateDeliberation(LocalDate.of(2025, 10, 1)).dateFicheEngagement(LIMITE.plusDays(1)).build())
        .addBonusTerritoire(ImmutableMontantBonus.builder().annee(2025).montant(new BigDecimal("1000.00")).build())
        .addEquipements(eaje("eaje-bethune", "62119", 30, "62119"),
            autre("alsh-beuvry", TypeEquipement.ALSH, "62126", "10", "62126"),
            autre("bafa-cabbalr", TypeEquipement.BAFA, null, "5", "200072460"));
  }

  static Rapport bonus(Convention c, int annee) {
    return EVALUATEUR.bonus(c, annee, Optional.empty(), EntreesBonus.aucune());
  }

  static Constat un(Rapport r, String regle, String sujet) {
    List<Constat> l = tous(r, regle, sujet);
    assertEquals(1, l.size(), () -> regle + " " + sujet + " : " + l);
    return l.get(0);
  }

  static List<Constat> tous(Rapport r, String regle, String sujet) {
    return r.constats().stream().filter(c -> c.regle().equals(regle) && c.sujet().id().equals(sujet))
        .collect(Collectors.toList());
  }

  static void statut(Statut attendu, Constat c) {
    assertEquals(attendu, c.statut(), c::message);
  }

  @Nested
  class Eligibilite {
    @Test
    void engagementOnTheDeadlineDayIsInTime() {
      Constat c = un(bonus(convention().build(), 2026), "BT-ELIGIBILITE", "eaje-bethune");
      statut(Statut.ELIGIBLE, c);
      assertTrue(c.message().contains("fiche d'engagement du 29 novembre 2025, « au plus tard le 29 novembre 2025 »"), c.message());
    }

    @Test
    void engagementTheDayAfterTheDeadlineIsLate() {
      Constat c = un(bonus(convention().build(), 2026), "BT-ELIGIBILITE", "alsh-beuvry");
      statut(Statut.INELIGIBLE, c);
      assertTrue(c.message().contains("fiche d'engagement du 30 novembre 2025 hors du délai d'engagement, « au plus tard le 29 novembre 2025 »"), c.message());
      assertEquals("soutien", c.faits().get("conditionsNonRemplies"));
    }

    @Test
    void deliberationAfterTheDeadlineIsLateToo() {
      Convention c = convention().engagements(List.of(ImmutableEngagement.builder().collectivite("62119").nom("Béthune")
          .dateDeliberation(LIMITE.plusDays(1)).dateFicheEngagement(LIMITE).build())).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "eaje-bethune");
      statut(Statut.INELIGIBLE, k);
      assertTrue(k.message().contains("délibération du 30 novembre 2025"), k.message());
    }

    @Test
    void aSignatoryCollectiviteSupportsWithoutEngagementAndLocatesAStructureWithoutCommune() {
      Constat c = un(bonus(convention().build(), 2026), "BT-ELIGIBILITE", "bafa-cabbalr");
      statut(Statut.ELIGIBLE, c);
      assertTrue(c.message().contains("CABBALR (200072460) : signataire de la convention"), c.message());
    }

    @Test
    void engagementNotRecordedIsToBeChecked() {
      Convention c = convention().addEquipements(autre("ludo-bruay", TypeEquipement.LUDOTHEQUE, "62178", "1", "62178")).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "ludo-bruay");
      statut(Statut.A_VERIFIER, k);
      assertTrue(k.message().contains("Bruay-la-Buissière (62178) : ni signataire ni engagement renseigné (délibération et fiche d'engagement à fournir, datées au plus tard le 29 novembre 2025)"), k.message());
    }

    @Test
    void engagementWithoutFicheDateIsToBeChecked() {
      Convention c = convention().engagements(List.of(ImmutableEngagement.builder().collectivite("62119").nom("Béthune")
          .dateDeliberation(LocalDate.of(2025, 10, 1)).build())).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "eaje-bethune");
      statut(Statut.A_VERIFIER, k);
      assertTrue(k.message().contains("sans la date de la fiche d'engagement"), k.message());
    }

    @Test
    void withoutDeadlineAnEngagementCannotBeChecked() {
      Convention c = ImmutableConvention.builder().from(convention().build()).dateLimiteEngagement(Optional.empty()).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "eaje-bethune");
      statut(Statut.A_VERIFIER, k);
      assertTrue(k.message().contains("ne fixe pas de date limite d'engagement"), k.message());
    }

    @Test
    void ctgNotInForceDuringTheYear() {
      Rapport r = bonus(convention().build(), 2031);
      for (String id : List.of("eaje-bethune", "alsh-beuvry", "bafa-cabbalr")) {
        Constat k = un(r, "BT-ELIGIBILITE", id);
        statut(Statut.INELIGIBLE, k);
        assertTrue(k.message().contains("n'est pas en vigueur en 2031"), k.message());
      }
      // 2030 is the last year in force
      statut(Statut.ELIGIBLE, un(bonus(convention().build(), 2030), "BT-ELIGIBILITE", "eaje-bethune"));
    }

    @Test
    void terminationNotifiedIsToBeChecked() {
      Convention c = convention().resiliation(ImmutableResiliation.builder().type(TypeResiliation.UNILATERALE)
          .dateNotification(LocalDate.of(2026, 3, 1)).build()).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "eaje-bethune");
      statut(Statut.A_VERIFIER, k);
      assertTrue(k.message().contains("résiliation"), k.message());
    }

    @Test
    void communeNotCovered() {
      Convention c = convention().addEquipements(eaje("eaje-ailleurs", "62001", 12, "62119")).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "eaje-ailleurs");
      statut(Statut.INELIGIBLE, k);
      assertTrue(k.message().contains("sa commune (62001) n'est pas couverte par la CTG test-2026-2030"), k.message());
    }

    @Test
    void structureWithoutCommuneNorLocatingSupport() {
      Convention c = convention().addEquipements(autre("sejour-x", TypeEquipement.SEJOUR, null, "1", "62001")).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "sejour-x");
      assertTrue(k.message().contains("sa commune d'implantation n'est pas renseignée"), k.message());
    }

    @Test
    void eajeWithoutPsuPlacesKnownOrWithNone() {
      Convention c = convention().addEquipements(eaje("eaje-inconnu", "62119", null, "62119"),
          eaje("eaje-zero", "62119", 0, "62119")).build();
      Rapport r = bonus(c, 2026);
      Constat inconnu = un(r, "BT-ELIGIBILITE", "eaje-inconnu");
      statut(Statut.A_VERIFIER, inconnu);
      assertTrue(inconnu.message().contains("nombre de places PSU n'est pas renseigné"), inconnu.message());
      Constat zero = un(r, "BT-ELIGIBILITE", "eaje-zero");
      statut(Statut.INELIGIBLE, zero);
      assertTrue(zero.message().contains("sans place financée par la PSU"), zero.message());
    }

    @Test
    void noSupportingCollectivite() {
      Convention c = convention().addEquipements(autre("rpe-x", TypeEquipement.RPE, "62119", "1")).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "rpe-x");
      statut(Statut.A_VERIFIER, k);
      assertTrue(k.message().contains("aucune collectivité de soutien n'est renseignée"), k.message());
    }

    @Test
    void everyFailedConditionIsNamed() {
      Convention c = convention().addEquipements(eaje("eaje-tout-faux", "62001", 0, "62126")).build();
      Constat k = un(bonus(c, 2026), "BT-ELIGIBILITE", "eaje-tout-faux");
      statut(Statut.INELIGIBLE, k);
      assertEquals("ctg-en-vigueur, soutien, places-psu", k.faits().get("conditionsNonRemplies"));
      assertTrue(k.message().contains("n'est pas couverte") && k.message().contains("hors du délai d'engagement")
          && k.message().contains("sans place financée par la PSU"), k.message());
    }

    @Test
    void notInTheAnnexIsIneligible() {
      NouveauProjet p = NouveauProjet.builder().id("p1").nom("Nouvelle micro-crèche")
          .equipement(eaje("mc-nouvelle", "62119", 10, "62119")).opportuniteAcceptee(true)
          .montantDemande(new BigDecimal("100.00")).build();
      Rapport r = EVALUATEUR.bonus(convention().build(), 2026, Optional.empty(),
          EntreesBonus.builder().addNouveauxProjets(p).fondsDisponibles(new BigDecimal("500")).build());
      Constat k = un(r, "BT-ELIGIBILITE", "mc-nouvelle");
      statut(Statut.INELIGIBLE, k);
      assertEquals("annexe", k.faits().get("conditionsNonRemplies"));
      assertTrue(k.message().contains("ne figure pas à l'annexe"), k.message());
      statut(Statut.INELIGIBLE, un(r, "BT-NOUVEAU-PROJET", "p1"));
      // a structure outside the annex takes no part in the distribution
      assertTrue(tous(r, "BT-REPARTITION", "mc-nouvelle").isEmpty());
    }
  }

  @Nested
  class EnveloppeEtRepartition {
    @Test
    void envelopeIsTheAmountOfTheYearBefore() {
      Constat k = un(bonus(convention().build(), 2026), "BT-ENVELOPPE", "test-2026-2030");
      statut(Statut.INFO, k);
      assertEquals(new BigDecimal("1000.00"), k.faits().get("enveloppe"));
    }

    /**
     * A dated statement holds for its year, territory and signatories only (#12 §2): the N-1 amount of another
     * convention in the same session never becomes this convention's envelope; the finding names the
     * convention and the year the amount comes from (003_d0c80c4aeed589fb.txt L279-283, L330).
     */
    @Test
    void theYearBeforeAmountOfAnotherConventionIsNotGeneralised() {
      Constat k = un(bonus(convention().build(), 2026), "BT-ENVELOPPE", "test-2026-2030");
      assertEquals("test-2026-2030", k.faits().get("convention"));
      assertEquals(2025, k.faits().get("anneeMontant"));
      assertTrue(k.message().contains("ne vaut ni pour une autre année ni pour une autre convention"), k.message());
      assertTrue(k.message().contains("l'appliquer à cette convention est une lecture"), k.message());

      fr.ctg.regles.bt.ConventionBonus autre = new fr.ctg.regles.bt.ConventionBonus("autre-ctg", "Autre CTG",
          java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2030, 12, 31), 2026, null, null, List.of(), null,
          null, null, false);
      List<Constat> constats = fr.ctg.regles.RuleBase.bundled().evaluer(List.of(autre,
          new fr.ctg.regles.bt.BonusConstate("test-2026-2030", 2025, new BigDecimal("1000.00"), null))).constats();
      List<Constat> enveloppe = constats.stream().filter(c -> c.regle().equals("BT-ENVELOPPE")).collect(Collectors.toList());
      assertEquals(1, enveloppe.size(), enveloppe::toString);
      assertEquals(Statut.A_VERIFIER, enveloppe.get(0).statut());
      assertTrue(enveloppe.get(0).message().contains("d'une autre convention n'en tient pas lieu"), enveloppe.get(0).message());
    }

    @Test
    void withoutTheAmountOfTheYearBeforeNothingIsDistributed() {
      Rapport r = bonus(convention().build(), 2027);
      statut(Statut.A_VERIFIER, un(r, "BT-ENVELOPPE", "test-2026-2030"));
      assertTrue(r.constats().stream().noneMatch(c -> c.regle().equals("BT-REPARTITION")));
    }

    @Test
    void anImposedEnvelopeReplacesIt() {
      Rapport r = EVALUATEUR.bonus(convention().build(), 2027, Optional.of(new BigDecimal("70")), EntreesBonus.aucune());
      assertEquals(new BigDecimal("70.00"), un(r, "BT-ENVELOPPE", "test-2026-2030").faits().get("enveloppe"));
      assertEquals(new BigDecimal("70.00"), un(r, "BT-REPARTITION", "test-2026-2030").faits().get("totalReparti"));
    }

    /**
     * A distribution is reported as indicative, with its reserve, never as final (#12 §2): the Caf distributes
     * the amount itself and the sources fix no key (003_d0c80c4aeed589fb.txt L5910-5914).
     */
    @Test
    void theDistributionIsReportedAsIndicativeWithItsReserve() {
      Rapport r = EVALUATEUR.bonus(convention().build(), 2027, Optional.of(new BigDecimal("70")), EntreesBonus.aucune());
      Constat resume = un(r, "BT-REPARTITION", "test-2026-2030");
      assertTrue(resume.message().contains("Répartition INDICATIVE : les sources disent que la Caf répartit elle-même"), resume.message());
      assertTrue(resume.message().contains("seuls les montants que la Caf notifie sont définitifs"), resume.message());
      assertTrue(List.of("indicative", "provisoire").contains(resume.faits().get("nature")), resume.faits()::toString);
      List<Constat> parts = r.constats().stream().filter(c -> c.regle().equals("BT-REPARTITION") && c.statut() == Statut.INFO
          && c.faits().get("montant") instanceof BigDecimal && ((BigDecimal) c.faits().get("montant")).signum() > 0)
          .collect(Collectors.toList());
      assertFalse(parts.isEmpty());
      parts.forEach(p -> assertTrue(p.message().contains("recevrait") && p.message().contains("à titre indicatif"), p.message()));
    }

    @Test
    void badEnvelopesAreRefused() {
      assertThrows(SelectionInvalideException.class, () -> EVALUATEUR.bonus(convention().build(), 2026,
          Optional.of(new BigDecimal("-1")), EntreesBonus.aucune()));
      assertThrows(SelectionInvalideException.class, () -> EVALUATEUR.bonus(convention().build(), 2026,
          Optional.of(new BigDecimal("1.001")), EntreesBonus.aucune()));
    }

    @Test
    void distributionToTheCentAmongTheEligible() {
      Rapport r = bonus(convention().build(), 2026);
      // 1000 € × 30/35 and × 5/35: 857.142… and 142.857…; the left-over cent goes to the larger remainder
      assertEquals(new BigDecimal("857.14"), un(r, "BT-REPARTITION", "eaje-bethune").faits().get("montant"));
      assertEquals(new BigDecimal("142.86"), un(r, "BT-REPARTITION", "bafa-cabbalr").faits().get("montant"));
      assertEquals(new BigDecimal("0.00"), un(r, "BT-REPARTITION", "alsh-beuvry").faits().get("montant"));
      Constat total = un(r, "BT-REPARTITION", "test-2026-2030");
      assertEquals(new BigDecimal("1000.00"), total.faits().get("totalReparti"));
      assertEquals(new BigDecimal("0.00"), total.faits().get("nonReparti"));
      assertEquals(2, total.faits().get("nombreEligibles"));
    }

    @Test
    void anEligibleStructureWithoutWeightGetsNothingUnlessADefaultIsAsked() {
      Convention c = convention().equipements(List.of(eaje("eaje-bethune", "62119", 30, "62119"),
          autre("bafa-cabbalr", TypeEquipement.BAFA, null, null, "200072460"))).build();
      Rapport sans = bonus(c, 2026);
      Constat manque = tous(sans, "BT-REPARTITION", "bafa-cabbalr").stream()
          .filter(k -> k.statut() == Statut.A_VERIFIER).findFirst().orElseThrow();
      assertTrue(manque.message().contains("aucun poids n'est déclaré"), manque.message());
      assertEquals(new BigDecimal("1000.00"), tous(sans, "BT-REPARTITION", "eaje-bethune").get(0).faits().get("montant"));
      Rapport avec = EVALUATEUR.bonus(c, 2026, Optional.empty(),
          EntreesBonus.builder().poidsParDefaut(new BigDecimal("10")).build());
      assertEquals(new BigDecimal("250.00"), un(avec, "BT-REPARTITION", "bafa-cabbalr").faits().get("montant"));
    }

    @Test
    void nobodyEligibleLeavesTheWholeEnvelopeUndistributed() {
      Rapport r = bonus(convention().equipements(List.of(autre("alsh-beuvry", TypeEquipement.ALSH, "62126", "10", "62126"))).build(), 2026);
      Constat total = un(r, "BT-REPARTITION", "test-2026-2030");
      assertEquals(new BigDecimal("0.00"), total.faits().get("totalReparti"));
      assertEquals(new BigDecimal("1000.00"), total.faits().get("nonReparti"));
    }
  }

  @Nested
  class NouveauxProjets {
    Rapport avec(Boolean opportunite, String fonds, String demande) {
      fr.ctg.eligibilite.ImmutableNouveauProjet.Builder p = NouveauProjet.builder().id("extension").nom("Extension de la MAC")
          .equipement(eaje("eaje-bethune", "62119", 30, "62119")).montantDemande(new BigDecimal(demande));
      if (opportunite != null) p.opportuniteAcceptee(opportunite);
      fr.ctg.eligibilite.ImmutableEntreesBonus.Builder e = EntreesBonus.builder().addNouveauxProjets(p.build());
      if (fonds != null) e.fondsDisponibles(new BigDecimal(fonds));
      return EVALUATEUR.bonus(convention().build(), 2026, Optional.empty(), e.build());
    }

    @Test
    void fundableWhenEligibleAcceptedAndCovered() {
      statut(Statut.ELIGIBLE, un(avec(true, "500", "500"), "BT-NOUVEAU-PROJET", "extension"));
    }

    @Test
    void notFundableWhenFundsAreShortOrOpportunityRefused() {
      Constat k = un(avec(false, "100", "200"), "BT-NOUVEAU-PROJET", "extension");
      statut(Statut.INELIGIBLE, k);
      assertTrue(k.message().contains("opportunité du projet n'a pas été retenue") && k.message().contains("ne couvrent pas"), k.message());
    }

    @Test
    void toBeCheckedWhenOpportunityOrFundsUnknown() {
      Constat k = un(avec(null, null, "200"), "BT-NOUVEAU-PROJET", "extension");
      statut(Statut.A_VERIFIER, k);
      assertTrue(k.message().contains("opportunité") && k.message().contains("fonds dédiés"), k.message());
    }
  }

  @Nested
  class TrajectoireDeDeveloppement {
    Rapport avec(Integer places2023, Integer places2026) {
      fr.ctg.eligibilite.ImmutableEntreesBonus.Builder e = EntreesBonus.builder();
      if (places2023 != null) e.addPlacesCofinancees(PlacesCofinancees.of("62119", 2023, places2023));
      if (places2026 != null) e.addPlacesCofinancees(PlacesCofinancees.of("62119", 2026, places2026));
      return EVALUATEUR.bonus(convention().build(), 2026, Optional.empty(), e.build());
    }

    @Test
    void highestTierReached() {
      Constat p2 = un(avec(100, 108), "BT-TRAJECTOIRE", "62119");
      statut(Statut.ELIGIBLE, p2);
      assertEquals(2, p2.faits().get("palier"));
      assertEquals(new BigDecimal("6000.00"), p2.faits().get("montant")); // 200 € × 30 places of eaje-bethune
      assertEquals(3, un(avec(100, 112), "BT-TRAJECTOIRE", "62119").faits().get("palier"));
      assertEquals(1, un(avec(100, 104), "BT-TRAJECTOIRE", "62119").faits().get("palier")); // exactly 4 %: reached
      assertEquals(1, un(avec(100, 107), "BT-TRAJECTOIRE", "62119").faits().get("palier"));
    }

    @Test
    void belowTheFirstTier() {
      statut(Statut.INELIGIBLE, un(avec(100, 103), "BT-TRAJECTOIRE", "62119"));
      statut(Statut.INELIGIBLE, un(avec(100, 90), "BT-TRAJECTOIRE", "62119"));
    }

    @Test
    void unknownPlaces() {
      Constat k = un(avec(100, null), "BT-TRAJECTOIRE", "62119");
      statut(Statut.A_VERIFIER, k);
      assertTrue(k.message().contains("en 2026 n'est pas renseigné"), k.message());
    }

    @Test
    void notBeforeTheBonusExists() {
      Convention c = ImmutableConvention.builder().from(convention().build()).dateDebut(LocalDate.of(2021, 1, 1)).build();
      Rapport r = EVALUATEUR.bonus(c, 2025, Optional.empty(), EntreesBonus.builder()
          .addPlacesCofinancees(PlacesCofinancees.of("62119", 2023, 100), PlacesCofinancees.of("62119", 2025, 120)).build());
      assertTrue(r.constats().stream().noneMatch(k -> k.regle().equals("BT-TRAJECTOIRE")));
    }
  }

  static PosteCooperation poste(String id, String employeur, TypeEmployeur type, Boolean missions) {
    ImmutablePosteCooperation.Builder b = ImmutablePosteCooperation.builder().id(id).employeur(employeur)
        .typeEmployeur(type).nomEmployeur("Employeur " + id).etp(new BigDecimal("1"));
    if (missions != null) b.missionsConformesReferentiel(missions);
    return b.build();
  }

  @Nested
  class Pilotage {
    @Test
    void eligibilityOfThePosts() {
      Convention c = convention().addPostesCooperation(poste("cct-bethune", "62119", TypeEmployeur.COMMUNE, true),
          poste("cct-non-conforme", "62119", TypeEmployeur.COMMUNE, false),
          poste("cct-inconnu", "62119", TypeEmployeur.COMMUNE, null),
          poste("cct-beuvry", "62126", TypeEmployeur.COMMUNE, true),
          poste("cct-asso", "Centre social X", TypeEmployeur.ASSOCIATION, true),
          poste("cct-autre", "Société Y", TypeEmployeur.AUTRE, true),
          poste("cct-cabbalr", "200072460", TypeEmployeur.EPCI, true)).build();
      Rapport r = bonus(c, 2026);
      statut(Statut.ELIGIBLE, un(r, "CCT-ELIGIBILITE", "cct-bethune"));
      statut(Statut.ELIGIBLE, un(r, "CCT-ELIGIBILITE", "cct-cabbalr"));
      Constat nc = un(r, "CCT-ELIGIBILITE", "cct-non-conforme");
      statut(Statut.INELIGIBLE, nc);
      assertTrue(nc.message().contains("ne suivent pas le référentiel national"), nc.message());
      statut(Statut.A_VERIFIER, un(r, "CCT-ELIGIBILITE", "cct-inconnu"));
      Constat beuvry = un(r, "CCT-ELIGIBILITE", "cct-beuvry");
      statut(Statut.INELIGIBLE, beuvry);
      assertTrue(beuvry.message().contains("son employeur n'est pas engagé dans la CTG"), beuvry.message());
      statut(Statut.AVERTISSEMENT, un(r, "CCT-ELIGIBILITE", "cct-asso"));
      statut(Statut.INELIGIBLE, un(r, "CCT-ELIGIBILITE", "cct-autre"));
    }

    Rapport cej(LocalDate finPremiere, LocalDate evolution, int annee) {
      ImmutablePosteCooperation.Builder p = ImmutablePosteCooperation.builder().from(poste("cct-cej", "62119", TypeEmployeur.COMMUNE, true))
          .origineCej(true);
      if (evolution != null) p.dateEvolutionCct(evolution);
      Convention c = convention().addPostesCooperation(p.build()).build();
      fr.ctg.eligibilite.ImmutableEntreesBonus.Builder e = EntreesBonus.builder();
      if (finPremiere != null) e.dateFinPremiereCtg(finPremiere);
      return EVALUATEUR.bonus(c, annee, Optional.empty(), e.build());
    }

    @Test
    void aCejPostNotEvolvedIsIneligibleFromTheDayAfterTheFirstCtg() {
      // evaluation date 1 January 2026 = the day after the first CTG's end (31 December 2025)
      Constat apres = un(cej(LocalDate.of(2025, 12, 31), null, 2026), "CCT-TRANSITION-CEJ", "cct-cej");
      statut(Statut.INELIGIBLE, apres);
      assertEquals("2026-01-01", apres.faits().get("ineligibleDepuis"));
      assertTrue(apres.message().contains("depuis le 1er janvier 2026"), apres.message());
      // on the end day itself it is still funded
      statut(Statut.ELIGIBLE, un(cej(LocalDate.of(2026, 1, 1), null, 2026), "CCT-TRANSITION-CEJ", "cct-cej"));
    }

    @Test
    void aCejPostEvolvedInTimeKeepsItsFunding() {
      statut(Statut.ELIGIBLE, un(cej(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31), 2026), "CCT-TRANSITION-CEJ", "cct-cej"));
      statut(Statut.INELIGIBLE, un(cej(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), 2026), "CCT-TRANSITION-CEJ", "cct-cej"));
    }

    @Test
    void withoutTheFirstCtgEndOrTheOriginItIsToBeChecked() {
      statut(Statut.A_VERIFIER, un(cej(null, null, 2026), "CCT-TRANSITION-CEJ", "cct-cej"));
      Rapport r = bonus(convention().addPostesCooperation(poste("cct-x", "62119", TypeEmployeur.COMMUNE, true)).build(), 2026);
      Constat k = un(r, "CCT-TRANSITION-CEJ", "cct-x");
      statut(Statut.A_VERIFIER, k);
      assertTrue(k.message().contains("origineCej"), k.message());
      Rapport pasCej = bonus(convention().addPostesCooperation(ImmutablePosteCooperation.builder()
          .from(poste("cct-y", "62119", TypeEmployeur.COMMUNE, true)).origineCej(false).build()).build(), 2026);
      assertTrue(tous(pasCej, "CCT-TRANSITION-CEJ", "cct-y").isEmpty());
    }

    Rapport cout(String coutAnnuel, Parametres parametres) {
      ImmutablePosteCooperation.Builder p = ImmutablePosteCooperation.builder().from(poste("cct-c", "62119", TypeEmployeur.COMMUNE, true))
          .etp(new BigDecimal("0.5"));
      if (coutAnnuel != null) p.coutAnnuel(new BigDecimal(coutAnnuel));
      return Evaluateur.builder().parametres(parametres).build()
          .bonus(convention().addPostesCooperation(p.build()).build(), 2026, Optional.empty(), EntreesBonus.aucune());
    }

    @Test
    void costAboveTheIndicativeCostPerEtp() {
      Constat k = un(cout("26000", PARAMETRES), "CCT-COUT", "cct-c"); // 52 000 € per ETP
      statut(Statut.AVERTISSEMENT, k);
      assertTrue(k.message().contains("52 000,00 € par ETP") && k.message().contains("48 000,00 € par ETP"), k.message());
      statut(Statut.INFO, un(cout("24000", PARAMETRES), "CCT-COUT", "cct-c")); // exactly 48 000 €
      statut(Statut.A_VERIFIER, un(cout(null, PARAMETRES), "CCT-COUT", "cct-c"));
    }

    @Test
    void noFundingAmountWithoutARate(@TempDir Path dir) throws Exception {
      Constat sans = un(cout("24000", PARAMETRES), "CCT-COUT", "test-2026-2030");
      statut(Statut.A_VERIFIER, sans);
      assertTrue(sans.message().contains("aucun taux de financement de la Caf n'est publié dans les sources"), sans.message());
      Path taux = dir.resolve("taux.yaml");
      Files.writeString(taux, String.join("\n", "schema: ctg-parametres/1", "cct.taux_financement:",
          "  description: Taux de financement (test)", "  unite: pourcent", "  type: NOMBRE", "  valeurs:",
          "    - depuis: 2026-01-01", "      valeur: 50", "      reference:", "        texte: Hypothèse de test", ""));
      Rapport r = cout("24000", PARAMETRES.surchargePar(DocumentReader.readParametres(taux)));
      assertTrue(tous(r, "CCT-COUT", "test-2026-2030").isEmpty());
      Constat montant = tous(r, "CCT-COUT", "cct-c").stream().filter(k -> k.faits().containsKey("montantFinancement"))
          .findFirst().orElseThrow();
      assertEquals(new BigDecimal("12000.00"), montant.faits().get("montantFinancement"));
    }

    /**
     * Seed 000 L4290-4316: the annual report of the mission is listed among the « Indicateurs
     * d’évaluation », not as a duty with a date: a missing one is A_VERIFIER, never NON_SATISFAIT.
     */
    @Test
    void annualReportForEveryCompletedYear() {
      PosteCooperation p = ImmutablePosteCooperation.builder().from(poste("cct-b", "62119", TypeEmployeur.COMMUNE, true))
          .addBilansAnnuels(2026).build();
      Convention c = convention().addPostesCooperation(p).addBonusTerritoire(
          ImmutableMontantBonus.builder().annee(2027).montant(BigDecimal.TEN).build())
          .gouvernance(ImmutableGouvernance.builder().evaluation(ImmutableEvaluation.builder()
              .bilanAnnuelMissionCct(true).source("000_6ba50e68de7cb4c5.txt L4312-4316").build()).build())
          .build();
      Constat manque = un(bonus(c, 2028), "CCT-BILAN-ANNUEL", "cct-b");
      statut(Statut.A_VERIFIER, manque);
      assertEquals("2027", manque.faits().get("bilansManquants"));
      assertTrue(manque.message().contains("Indicateurs d’évaluation"), manque.message());
      statut(Statut.SATISFAIT, un(bonus(c, 2027), "CCT-BILAN-ANNUEL", "cct-b"));
      assertTrue(tous(bonus(c, 2026), "CCT-BILAN-ANNUEL", "cct-b").isEmpty());
    }

    /**
     * The indicator is one convention's (the CTG 2026-2030 of the CABBALR, seed 000 L4312-4316), not
     * a rule of every CTG: a convention that does not list it gets no CCT-BILAN-ANNUEL finding, even
     * with years completed and no bilan known (the CTG 2021-2025, seed 001, says nothing of it).
     */
    @Test
    void noAnnualReportFindingForAConventionThatDoesNotListIt() {
      Convention c = convention().addPostesCooperation(poste("cct-b", "62119", TypeEmployeur.COMMUNE, true))
          .addBonusTerritoire(ImmutableMontantBonus.builder().annee(2027).montant(BigDecimal.TEN).build()).build();
      assertTrue(tous(bonus(c, 2028), "CCT-BILAN-ANNUEL", "cct-b").isEmpty());
      assertTrue(tous(bonus(ImmutableConvention.builder().from(c).gouvernance(ImmutableGouvernance.builder()
          .evaluation(ImmutableEvaluation.builder().bilanAnnuelMissionCct(false).build()).build()).build(), 2028),
          "CCT-BILAN-ANNUEL", "cct-b").isEmpty());
    }
  }

  @Test
  void theRulesAreInTheBundledRuleBaseWithTheirMetadata() {
    java.util.Set<String> ids = fr.ctg.regles.RuleBase.bundled().regles().stream().map(fr.ctg.regles.RegleInfo::id)
        .collect(Collectors.toSet());
    for (String id : List.of("BT-ENVELOPPE", "BT-ELIGIBILITE", "BT-REPARTITION", "BT-NOUVEAU-PROJET", "BT-TRAJECTOIRE",
        "CCT-ELIGIBILITE", "CCT-TRANSITION-CEJ", "CCT-COUT", "CCT-BILAN-ANNUEL")) {
      assertTrue(ids.contains(id), id);
      assertFalse(fr.ctg.regles.RuleBase.bundled().regle(id).orElseThrow().source().isBlank(), id);
    }
    assertTrue(fr.ctg.regles.RuleBase.bundled().modeleExecutable());
  }

  @Test
  void sameInputsSameReport() {
    Rapport a = bonus(convention().build(), 2026);
    Rapport b = bonus(convention().build(), 2026);
    assertEquals(a, b);
    assertFalse(a.constats().isEmpty());
  }
}
