package fr.ctg.eligibilite.ao;

import fr.ctg.eligibilite.OptionsObligations;

import static fr.ctg.eligibilite.ao.Fixtures.commune;
import static fr.ctg.eligibilite.ao.Fixtures.constat;
import static fr.ctg.eligibilite.ao.Fixtures.evaluer;
import static fr.ctg.eligibilite.ao.Fixtures.regles;
import static fr.ctg.eligibilite.ao.Fixtures.statut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.ao.CompetenceAO;
import fr.ctg.ao.CtgEnVigueur;
import fr.ctg.ao.ElementSchema;
import fr.ctg.ao.ImmutableCtgEnVigueur;
import fr.ctg.ao.ImmutablePreuveExercice;
import fr.ctg.ao.ImmutableRpe;
import fr.ctg.ao.ImmutableSchemaAdopte;
import fr.ctg.ao.ImmutableTransfertCompetence;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.RuleBase;
import fr.ctg.territoire.Commune;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scenarios of the AO family (RULES.md, edge cases included). Seed 004_6fa37c30264637ed.txt L335-351. */
class ObligationsAOTest {
  static final LocalDate JOUR = LocalDate.of(2026, 1, 1);

  static final Commune A3500 = commune("62001", "Trois-mille-cinq-cents", 3500);
  static final Commune A3501 = commune("62002", "Trois-mille-cinq-cent-un", 3501);
  static final Commune A10000 = commune("62003", "Dix-mille", 10000);
  static final Commune A10001 = commune("62004", "Dix-mille-un", 10001);
  static final List<Commune> SEUILS = List.of(A3500, A3501, A10000, A10001);

  @Test
  void laBaseChargeeEstLeModeleExecutablePrecompileAvecLesMetadonneesDeChaqueRegle() {
    RuleBase base = RuleBase.bundled();
    assertTrue(base.modeleExecutable(), "le modèle exécutable précompilé doit être chargé");
    assertTrue(base.empreinte().matches("sha256:[0-9a-f]{64}"), base.empreinte());
    assertEquals(List.of("AO-CHAMP-TERRITORIAL", "AO-DISPENSE-CTG", "AO-INFORMATION", "AO-PLANIFICATION", "AO-QUALITE", "AO-RECENSEMENT",
        "AO-RPE", "AO-SCHEMA", "AO-TRANSMISSION-CDSF"),
        base.regles().stream().map(RegleInfo::id).filter(id -> id.startsWith("AO-")).collect(Collectors.toList()));
    RegleInfo rpe = base.regle("AO-RPE").orElseThrow();
    assertEquals("CASF art. L.214-1-3 II al. 4 et L.214-2-1", rpe.fondement());
    assertEquals("004_6fa37c30264637ed.txt L347", rpe.source());
    assertTrue(base.nombre() >= 40, "règles : " + base.nombre());
  }

  @Test
  void unSeuilAtteintExactementNOblige() {
    Rapport r = evaluer(SEUILS, JOUR);
    assertEquals(List.of("AO-INFORMATION", "AO-RECENSEMENT"), regles(r, "62001"));
    assertEquals(List.of("AO-INFORMATION", "AO-PLANIFICATION", "AO-QUALITE", "AO-RECENSEMENT"), regles(r, "62002"));
    assertEquals(List.of("AO-INFORMATION", "AO-PLANIFICATION", "AO-QUALITE", "AO-RECENSEMENT"), regles(r, "62003"));
    assertEquals(List.of("AO-INFORMATION", "AO-PLANIFICATION", "AO-QUALITE", "AO-RECENSEMENT", "AO-RPE", "AO-SCHEMA"),
        regles(r, "62004"));
    assertEquals(Statut.A_VERIFIER, statut(r, "AO-RPE", "62004"));
    Constat rpe = constat(r, "AO-RPE", "62004").orElseThrow();
    assertEquals("Dix-mille-un (62004, population totale 10 001 > 10 000) doit disposer d'un relais petite enfance "
        + "depuis le 1er janvier 2026 ; aucune couverture RPE n'est renseignée.", rpe.message());
    assertEquals(10001L, rpe.faits().get("populationTotale"));
    assertEquals("CASF art. L.214-1-3 II al. 4 et L.214-2-1", rpe.fondement().get(0).texte());
    assertTrue(rpe.explication().stream().anyMatch(e -> e.equals(
        "Paramètre ao.seuil_rpe = 10000, en vigueur depuis le 2026-01-01 (CASF art. L.214-1-3 II al. 4).")),
        rpe.explication().toString());
    assertTrue(rpe.explication().stream().anyMatch(e -> e.startsWith("Paramètre ao.date_effet_rpe = 2026-01-01")));
  }

  @Test
  void lesNonApplicablesDemandesDisentPourquoi() {
    Rapport r = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR, EntreesAO.aucune(), OptionsObligations.parDefaut().avecNonApplicables());
    Constat c = constat(r, "AO-PLANIFICATION", "62001").orElseThrow();
    assertEquals(Statut.NON_APPLICABLE, c.statut());
    assertTrue(c.message().contains("la population totale (3 500) ne dépasse pas 3 500 habitants"), c.message());
    assertEquals(Statut.NON_APPLICABLE, statut(r, "AO-SCHEMA", "62003"));
    assertEquals(Statut.NON_APPLICABLE, statut(r, "AO-RPE", "62003"));
  }

  @Test
  void populationTotaleEtMunicipaleDonnentDesReponsesDifferentes() {
    // municipale 3 480, comptée à part 40 : totale 3 520 > 3 500 ; municipale ≤ 3 500.
    Commune c = commune("62010", "Entre-deux", 3480, 3520);
    Rapport totale = evaluer(List.of(c), JOUR);
    assertEquals(Statut.A_VERIFIER, statut(totale, "AO-PLANIFICATION", "62010"));
    Rapport municipale = Fixtures.evaluateur(List.of(c), Fixtures.parametres("municipale"))
        .obligations(SelectionTerritoire.france(), JOUR, EntreesAO.aucune());
    assertTrue(constat(municipale, "AO-PLANIFICATION", "62010").isEmpty());
    assertTrue(totale.parametres().stream().anyMatch(p -> p.nom().equals("ao.population_reference") && p.valeur().equals("totale")));
  }

  @Test
  void avantLe1erJanvier2025AucuneObligation() {
    LocalDate veille = LocalDate.of(2024, 12, 31);
    assertTrue(evaluer(SEUILS, veille).constats().isEmpty());
    Rapport pourquoi = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), veille, EntreesAO.aucune(), OptionsObligations.parDefaut().avecNonApplicables());
    assertFalse(pourquoi.constats().isEmpty());
    assertTrue(pourquoi.constats().stream().allMatch(c -> c.statut() == Statut.NON_APPLICABLE));
    assertTrue(constat(pourquoi, "AO-RECENSEMENT", "62001").orElseThrow().message()
        .contains("s'applique à compter du 1er janvier 2025"));
    Rapport jour = evaluer(SEUILS, AO_JOUR);
    assertEquals(Statut.A_VERIFIER, statut(jour, "AO-RECENSEMENT", "62001"));
    assertEquals(Statut.A_VERIFIER, statut(jour, "AO-SCHEMA", "62004"));
  }

  static final LocalDate AO_JOUR = LocalDate.of(2025, 1, 1);

  @Test
  void leRelaisPetiteEnfanceNestDuQuaPartirDu1erJanvier2026() {
    assertTrue(constat(evaluer(SEUILS, LocalDate.of(2025, 12, 31)), "AO-RPE", "62004").isEmpty());
    assertEquals(Statut.A_VERIFIER, statut(evaluer(SEUILS, LocalDate.of(2026, 1, 1)), "AO-RPE", "62004"));
    Rapport pourquoi = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), LocalDate.of(2025, 12, 31),
        EntreesAO.aucune(), OptionsObligations.parDefaut().avecNonApplicables());
    assertTrue(constat(pourquoi, "AO-RPE", "62004").orElseThrow().message().contains("1er janvier 2026"));
  }

  @Test
  void leTransfertDeLaPlanificationLaDonneALEpciAvecLaPopulationSommee() {
    Commune a = commune("62020", "A", 6000);
    Commune b = commune("62021", "B", 5000);
    Commune c = commune("62022", "C", 2000);
    EntreesAO transfert = EntreesAO.builder().addTransfert(ImmutableTransfertCompetence.builder()
        .commune("62020").addCompetence(CompetenceAO.PLANIFICATION).beneficiaire(Fixtures.EPCI)
        .depuis(LocalDate.of(2025, 3, 1)).build())
        .addTransfert(ImmutableTransfertCompetence.builder()
            .commune("62021").addCompetence(CompetenceAO.PLANIFICATION).beneficiaire(Fixtures.EPCI)
            .depuis(LocalDate.of(2025, 3, 1)).build())
        .build();
    Rapport r = Fixtures.evaluateur(List.of(a, b, c))
        .obligations(SelectionTerritoire.epci(Fixtures.EPCI), JOUR, transfert);
    assertEquals(List.of("AO-PLANIFICATION", "AO-SCHEMA"), regles(r, Fixtures.EPCI));
    Constat schema = constat(r, "AO-SCHEMA", Fixtures.EPCI).orElseThrow();
    assertEquals("epci", schema.sujet().type());
    assertEquals(11000L, schema.faits().get("populationTotale"));
    assertEquals(List.of("AO-INFORMATION", "AO-QUALITE", "AO-RECENSEMENT"), regles(r, "62020"));
    assertEquals(List.of("AO-INFORMATION", "AO-QUALITE", "AO-RECENSEMENT"), regles(r, "62021"));
    assertEquals(List.of("AO-INFORMATION", "AO-RECENSEMENT"), regles(r, "62022"));
    // Before the transfer, each commune holds its own planning.
    Rapport avant = Fixtures.evaluateur(List.of(a, b, c))
        .obligations(SelectionTerritoire.epci(Fixtures.EPCI), LocalDate.of(2025, 2, 1), transfert);
    assertEquals(List.of(), regles(avant, Fixtures.EPCI));
    assertEquals(Statut.A_VERIFIER, statut(avant, "AO-PLANIFICATION", "62020"));
  }

  @Test
  void unePopulationInconnueEstAVerifierEtLesCompetencesUniversellesDemeurent() {
    Rapport r = evaluer(List.of(Fixtures.sansPopulation("62030", "Sans-chiffre")), JOUR);
    assertEquals(List.of("AO-INFORMATION", "AO-PLANIFICATION", "AO-QUALITE", "AO-RECENSEMENT", "AO-RPE", "AO-SCHEMA"),
        regles(r, "62030"));
    Constat c = constat(r, "AO-SCHEMA", "62030").orElseThrow();
    assertEquals(Statut.A_VERIFIER, c.statut());
    assertTrue(c.message().contains("population totale inconnue le 2026-01-01 pour la commune 62030"), c.message());
  }

  static CtgEnVigueur ctg(Set<ElementSchema> elements, boolean tientLieu) {
    return ImmutableCtgEnVigueur.builder().id("ctg-test-2026-2030").addCommune("62004")
        .dateDebut(LocalDate.of(2026, 1, 1)).dateFin(LocalDate.of(2030, 12, 31))
        .tientLieuDeSchema(tientLieu).elements(elements).addSignataires("62004").build();
  }

  @Test
  void uneCtgCompleteTientLieuDeSchema() {
    EntreesAO e = EntreesAO.builder().addCtg(ctg(EnumSet.allOf(ElementSchema.class), true)).build();
    Rapport r = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR, e);
    assertEquals(Statut.SATISFAIT, statut(r, "AO-SCHEMA", "62004"));
    assertEquals(Statut.SATISFAIT, statut(r, "AO-DISPENSE-CTG", "62004"));
    assertEquals(Statut.SATISFAIT, statut(r, "AO-PLANIFICATION", "62004"));
    assertEquals(Statut.A_VERIFIER, statut(r, "AO-TRANSMISSION-CDSF", "62004"));
  }

  @ParameterizedTest
  @EnumSource(ElementSchema.class)
  void uneCtgIncompleteNeTientPasLieuDeSchemaEtDitCeQuiManque(ElementSchema manquant) {
    Set<ElementSchema> elements = EnumSet.allOf(ElementSchema.class);
    elements.remove(manquant);
    EntreesAO e = EntreesAO.builder().addCtg(ctg(elements, true)).build();
    Rapport r = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR, e);
    Constat dispense = constat(r, "AO-DISPENSE-CTG", "62004").orElseThrow();
    assertEquals(Statut.NON_SATISFAIT, dispense.statut());
    assertEquals(manquant.name(), dispense.faits().get("elementsManquants"));
    assertTrue(dispense.message().endsWith("il y manque " + manquant.name() + "."), dispense.message());
    assertEquals(Statut.A_VERIFIER, statut(r, "AO-SCHEMA", "62004"));
    // The CTG is still a planning frame (AO-PLANIFICATION), whatever it lacks as a schéma.
    assertEquals(Statut.SATISFAIT, statut(r, "AO-PLANIFICATION", "62004"));
  }

  @Test
  void uneCtgQuiNePretendPasTenirLieuDeSchemaNeDispensePas() {
    EntreesAO e = EntreesAO.builder().addCtg(ctg(EnumSet.allOf(ElementSchema.class), false)).build();
    Rapport r = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR, e);
    assertTrue(constat(r, "AO-DISPENSE-CTG", "62004").isEmpty());
    assertEquals(Statut.A_VERIFIER, statut(r, "AO-SCHEMA", "62004"));
  }

  /**
   * Issue 12 §3: through the API too, a commune's transfer to an EPCI of the territory it is not a member
   * of on the date (CASF L.214-1-3 III) is refused with a French message, not evaluated.
   */
  @Test
  void unTransfertAUnEpciDontLaCommuneNEstPasMembreEstRefuse() {
    Commune a = commune("62004", "Membre", 12000);
    fr.ctg.territoire.Epci autre = fr.ctg.territoire.ImmutableEpci.builder().siren("200000002").nom("CC voisine")
        .nature(fr.ctg.territoire.NatureEpci.CC).membres(List.of()).build();
    fr.ctg.eligibilite.Evaluateur e = fr.ctg.eligibilite.Evaluateur.builder()
        .territoire(List.of(a), List.of(Fixtures.epci(List.of(a)), autre)).parametres(Fixtures.parametres()).build();
    EntreesAO vers = EntreesAO.builder().addTransferts(ImmutableTransfertCompetence.builder().commune("62004")
        .addCompetences(CompetenceAO.PLANIFICATION).beneficiaire("200000002").depuis(LocalDate.of(2025, 1, 1)).build()).build();
    fr.ctg.eligibilite.SelectionInvalideException x = org.junit.jupiter.api.Assertions.assertThrows(
        fr.ctg.eligibilite.SelectionInvalideException.class,
        () -> e.obligations(SelectionTerritoire.france(), JOUR, vers));
    assertEquals("la commune Membre (62004) ne peut pas transférer PLANIFICATION à CC voisine (200000002) : elle n'en est "
        + "pas membre le " + JOUR + " ; une commune ne transfère une compétence qu'à un groupement dont elle est membre "
        + "(CASF art. L.214-1-3 III) ; elle est membre de CA de test (200000001)", x.getMessage());
    // to its own EPCI: evaluated, the EPCI holds the competence
    EntreesAO versLeSien = EntreesAO.builder().addTransferts(ImmutableTransfertCompetence.builder().commune("62004")
        .addCompetences(CompetenceAO.PLANIFICATION).beneficiaire(Fixtures.EPCI).depuis(LocalDate.of(2025, 1, 1)).build()).build();
    assertTrue(constat(e.obligations(SelectionTerritoire.france(), JOUR, versLeSien), "AO-PLANIFICATION", Fixtures.EPCI).isPresent());
  }

  @Test
  void schemaAdopteEtTransmissionAuCdsf() {
    LocalDate adoption = LocalDate.of(2025, 9, 15);
    Rapport dansLeDelai = avecSchema(ImmutableSchemaAdopte.builder().titulaire("62004").dateAdoption(adoption)
        .dateTransmissionCdsf(LocalDate.of(2025, 10, 15)).build());
    assertEquals(Statut.SATISFAIT, statut(dansLeDelai, "AO-SCHEMA", "62004"));
    assertEquals(Statut.SATISFAIT, statut(dansLeDelai, "AO-PLANIFICATION", "62004"));
    assertEquals(Statut.SATISFAIT, statut(dansLeDelai, "AO-TRANSMISSION-CDSF", "62004"));
    Rapport tard = avecSchema(ImmutableSchemaAdopte.builder().titulaire("62004").dateAdoption(adoption)
        .dateTransmissionCdsf(LocalDate.of(2025, 10, 16)).build());
    Constat c = constat(tard, "AO-TRANSMISSION-CDSF", "62004").orElseThrow();
    assertEquals(Statut.NON_SATISFAIT, c.statut());
    assertEquals("2025-10-15", c.faits().get("dateLimite"));
    Rapport inconnue = avecSchema(ImmutableSchemaAdopte.builder().titulaire("62004").dateAdoption(adoption).build());
    assertEquals(Statut.A_VERIFIER, statut(inconnue, "AO-TRANSMISSION-CDSF", "62004"));
    // A schéma adopted after the evaluation date does not count yet.
    Rapport futur = avecSchema(ImmutableSchemaAdopte.builder().titulaire("62004").dateAdoption(LocalDate.of(2026, 6, 1)).build());
    assertEquals(Statut.A_VERIFIER, statut(futur, "AO-SCHEMA", "62004"));
    assertTrue(constat(futur, "AO-TRANSMISSION-CDSF", "62004").isEmpty());
  }

  private static Rapport avecSchema(fr.ctg.ao.SchemaAdopte s) {
    return Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR,
        EntreesAO.builder().addSchema(s).build());
  }

  @Test
  void couvertureRpe() {
    ImmutableRpe relais = ImmutableRpe.builder().id("rpe-1").nom("RPE 1").addCommune("62004")
        .depuis(LocalDate.of(2025, 6, 1)).build();
    Rapport couvert = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR,
        EntreesAO.builder().rpe(List.of(relais)).build());
    assertEquals(Statut.SATISFAIT, statut(couvert, "AO-RPE", "62004"));
    Rapport nonCouvert = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR,
        EntreesAO.builder().rpe(List.of(relais.withCommunes("62003"))).build());
    assertEquals(Statut.NON_SATISFAIT, statut(nonCouvert, "AO-RPE", "62004"));
    Rapport ferme = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR,
        EntreesAO.builder().rpe(List.of(relais.withJusquAu(LocalDate.of(2025, 12, 31)))).build());
    assertEquals(Statut.NON_SATISFAIT, statut(ferme, "AO-RPE", "62004"));
  }

  @Test
  void unTransfertDeLaQualiteExigeUnRpePourChaqueCommuneTransferante() {
    Commune a = commune("62040", "A", 8000);
    Commune b = commune("62041", "B", 7000);
    fr.ctg.eligibilite.ImmutableEntreesAO.Builder e = EntreesAO.builder();
    for (String insee : List.of("62040", "62041")) {
      e.addTransfert(ImmutableTransfertCompetence.builder().commune(insee).addCompetence(CompetenceAO.QUALITE)
          .beneficiaire("250000001").nomBeneficiaire("Syndicat mixte petite enfance").depuis(AO_JOUR).build());
    }
    e.rpe(List.of(ImmutableRpe.builder().id("rpe-a").nom("RPE A").addCommune("62040").build()));
    Rapport r = Fixtures.evaluateur(List.of(a, b)).obligations(SelectionTerritoire.france(), JOUR, e.build());
    Constat c = constat(r, "AO-RPE", "250000001").orElseThrow();
    assertEquals("syndicat", c.sujet().type());
    assertEquals(Statut.NON_SATISFAIT, c.statut());
    assertEquals("62041", c.faits().get("communesNonCouvertes"));
    assertEquals(15000L, c.faits().get("populationTotale"));
  }

  @Test
  void unePreuveDExerciceSatisfaitLeRecensement() {
    EntreesAO e = EntreesAO.builder().addPreuve(ImmutablePreuveExercice.builder().titulaire("62001")
        .obligation("AO-RECENSEMENT").description("diagnostic des besoins publié le 2025-06-30").build()).build();
    Rapport r = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.france(), JOUR, e);
    assertEquals(Statut.SATISFAIT, statut(r, "AO-RECENSEMENT", "62001"));
    assertEquals(Statut.A_VERIFIER, statut(r, "AO-INFORMATION", "62001"));
  }

  @Test
  void laSelectionRestreintLesCommunesEvaluees() {
    Rapport r = Fixtures.evaluateur(SEUILS).obligations(SelectionTerritoire.communes(List.of("62004")), JOUR,
        EntreesAO.aucune());
    assertEquals(Set.of("62004"), r.constats().stream().map(c -> c.sujet().id()).collect(Collectors.toSet()));
  }
}
