package fr.ctg.eligibilite.conv;

import static fr.ctg.eligibilite.conv.ConformiteConventionTest.ID;
import static fr.ctg.eligibilite.conv.ConformiteConventionTest.conforme;
import static fr.ctg.eligibilite.conv.ConformiteConventionTest.constats;
import static fr.ctg.eligibilite.conv.ConformiteConventionTest.seul;
import static fr.ctg.eligibilite.conv.ConformiteConventionTest.statuts;
import static fr.ctg.eligibilite.conv.ConformiteConventionTest.verifier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.convention.ImmutableActeAutorisation;
import fr.ctg.convention.ImmutableCommuneCouverte;
import fr.ctg.convention.ImmutableConvention;
import fr.ctg.convention.ImmutablePassageDivergent;
import fr.ctg.convention.ImmutablePosteCooperation;
import fr.ctg.convention.ImmutableProvenance;
import fr.ctg.convention.ImmutableSignataire;
import fr.ctg.convention.ImmutableTerritoireConvention;
import fr.ctg.convention.ImmutableTotalDeclare;
import fr.ctg.convention.ObjetTotal;
import fr.ctg.convention.PosteCooperation;
import fr.ctg.convention.Provenance;
import fr.ctg.convention.TypeEmployeur;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * #12 §2 : deux passages d'une source qui divergent donnent un constat qui les nomme tous deux ; les totaux
 * qu'une source écrit sont recoupés avec leurs parties (CONV-COHERENCE), sur toute convention.
 */
class PassagesEtTotauxTest {
  /** « TOTAL 19,38 27 10.74 27 » : the TOTAL line of the table of posts (000_6ba50e68de7cb4c5.txt L9425). */
  static final Provenance LIGNE_TOTAL = ImmutableProvenance.builder().document("CTG de test")
      .article("annexe 7, « Les évolutions de postes des chargés de coopération territoriale »")
      .passage("TOTAL 19,38 27 10.74 27").build();

  static PosteCooperation poste(String id, String etp, int personnes) {
    return ImmutablePosteCooperation.builder().id(id).employeur("62002").typeEmployeur(TypeEmployeur.COMMUNE)
        .nomEmployeur("Petitbourg").etp(new BigDecimal(etp)).nombrePersonnes(personnes).build();
  }

  static ImmutableTotalDeclare total(String id, ObjetTotal objet, String valeur, String... elements) {
    return ImmutableTotalDeclare.builder().id(id).objet(objet).valeur(new BigDecimal(valeur))
        .libelle("ligne TOTAL").addElements(elements).source("test L9425").putProvenance("valeur", LIGNE_TOTAL).build();
  }

  static ImmutableConvention avecPostes() {
    return conforme().withPostesCooperation(poste("cct-a", "1.36", 3), poste("cct-b", "0.4", 2), poste("cct-c", "0.33", 1));
  }

  // Totaux — 000_6ba50e68de7cb4c5.txt L1524 (TOTAL du territoire), L9425 (TOTAL des postes) ; 001 L3704-3717

  @Test
  void aTotalThatDoesNotAddUpIsAWarningQuotingBothFiguresAndThePassage() {
    // Like CABBALR 2026-2030: « 27 » persons declared, the posts encoded hold 26.
    Rapport r = verifier(avecPostes().withTotauxDeclares(total("personnes", ObjetTotal.PERSONNES_POSTES_COOPERATION, "7")));
    Constat k = seul(r, "CONV-COHERENCE", "personnes", Statut.AVERTISSEMENT);
    assertTrue(k.message().startsWith("La source écrit un total de 7 (ligne TOTAL) ; les 3 éléments encodés "
        + "(personnes des postes de chargé de coopération) font 6 (écart -1)"), k.message());
    assertEquals(new BigDecimal("7"), k.faits().get("valeur"));
    assertEquals(new BigDecimal("6"), k.faits().get("calcule"));
    assertTrue(k.provenance().get("valeur").reference().endsWith("« TOTAL 19,38 27 10.74 27 »"), k.provenance().toString());
    assertEquals(Set.of(Statut.AVERTISSEMENT), statuts(r, "CONV-COHERENCE", "personnes"));
  }

  @Test
  void aTotalThatAddsUpIsSatisfiedAtThePrecisionTheSourcePrints() {
    // 1.36 + 0.4 + 0.33 = 2.09 ; a source printing « 2.1 » is right at one decimal, a source printing « 2.10 » is not.
    Rapport r = verifier(avecPostes().withTotauxDeclares(
        total("etp", ObjetTotal.ETP_POSTES_COOPERATION, "2.09"),
        total("etp-arrondi", ObjetTotal.ETP_POSTES_COOPERATION, "2.1"),
        total("etp-faux", ObjetTotal.ETP_POSTES_COOPERATION, "2.10")));
    seul(r, "CONV-COHERENCE", "etp", Statut.SATISFAIT);
    seul(r, "CONV-COHERENCE", "etp-arrondi", Statut.SATISFAIT);
    Constat faux = seul(r, "CONV-COHERENCE", "etp-faux", Statut.AVERTISSEMENT);
    assertTrue(faux.message().contains("font 2,09 (écart -0,01)"), faux.message());
  }

  @Test
  void aSubTotalAddsUpOnlyTheElementsItNames() {
    // 001_65a752accbc4fa7a.txt L3704 : « 4 ETP enfance (6 personnes) » when the list names 5 « enfance » people.
    Rapport r = verifier(avecPostes().withTotauxDeclares(
        total("enfance", ObjetTotal.PERSONNES_POSTES_COOPERATION, "5", "cct-b", "cct-c"),
        total("enfance-etp", ObjetTotal.ETP_POSTES_COOPERATION, "0.73", "cct-b", "cct-c")));
    Constat k = seul(r, "CONV-COHERENCE", "enfance", Statut.AVERTISSEMENT);
    assertTrue(k.message().contains("les 2 éléments encodés"), k.message());
    assertEquals("cct-b, cct-c", k.faits().get("elements"));
    seul(r, "CONV-COHERENCE", "enfance-etp", Statut.SATISFAIT);
  }

  @Test
  void thePopulationOfTheTerritoryIsTheSumOfTheCommunesAsListed() {
    ImmutableConvention c = conforme().withTerritoire(ImmutableTerritoireConvention.copyOf(conforme().territoire())
        .withCommunes(commune("62001", "Grandeville", 15_000L), commune("62002", "Petitbourg", 2_000L)));
    seul(verifier(c.withTotauxDeclares(total("population", ObjetTotal.POPULATION_COMMUNES, "17000"))),
        "CONV-COHERENCE", "population", Statut.SATISFAIT);
    Constat k = seul(verifier(c.withTotauxDeclares(total("population", ObjetTotal.POPULATION_COMMUNES, "17100"))),
        "CONV-COHERENCE", "population", Statut.AVERTISSEMENT);
    assertTrue(k.message().contains("un total de 17 100") && k.message().contains("font 17 000 (écart -100)"), k.message());
  }

  @Test
  void aCommuneWithoutPopulationLeavesTheTotalToVerify() {
    ImmutableConvention c = conforme().withTerritoire(ImmutableTerritoireConvention.copyOf(conforme().territoire())
        .withCommunes(commune("62001", "Grandeville", 15_000L), commune("62002", "Petitbourg", null)));
    Constat k = seul(verifier(c.withTotauxDeclares(total("population", ObjetTotal.POPULATION_COMMUNES, "17000"))),
        "CONV-COHERENCE", "population", Statut.A_VERIFIER);
    assertTrue(k.message().contains("1 des 2 éléments qu'il additionne n'ont pas de valeur encodée (Petitbourg (62002))"), k.message());
  }

  @Test
  void aConventionWithoutTotalsHasNoTotalFinding() {
    assertTrue(constats(verifier(avecPostes()), "CONV-COHERENCE").stream().noneMatch(k -> k.sujet().type().equals("total")));
  }

  static ImmutableCommuneCouverte commune(String insee, String nom, Long population) {
    ImmutableCommuneCouverte.Builder b = ImmutableCommuneCouverte.builder().insee(insee).nom(nom).source("test L" + insee);
    if (population != null) b.populationDeclaree(population);
    return b.build();
  }

  // Passages qui divergent — 003_d0c80c4aeed589fb.txt L184 (« signée le 8 novembre 2021 ») contre L220-226
  // (« 2022 - 2026 signée en date du 08/11/2022 »)

  static final Provenance DEUX_DATES = ImmutableProvenance.builder().document("Avenant de test").article("préambule")
      .passage("la convention territoriale globale signée en date du 01/03/2026")
      .addDivergences(ImmutablePassageDivergent.builder().valeur("1er mars 2025").article("visas")
          .passage("Vu la Convention territoriale globale signée le 1er mars 2025").build())
      .build();

  /** The EPCI's act (2026-04-01) comes after the retained signature date (2026-03-01): CONV-SIGNATAIRES says NON_SATISFAIT. */
  static ImmutableConvention acteApresLaSignature() {
    ImmutableConvention c = conforme();
    return c.withSignataires(c.signataires().get(0), ImmutableSignataire.copyOf(c.signataires().get(1))
        .withActeAutorisation(ImmutableActeAutorisation.builder().intitule("Délibération du conseil communautaire")
            .date(LocalDate.of(2026, 4, 1)).build()));
  }

  @Test
  void aNegativeConclusionOnADateTwoPassagesGiveIsOneFindingToVerifyNamingBoth() {
    // Without the second passage, the rule concludes NON_SATISFAIT (the test fails if the guard is removed).
    seul(verifier(acteApresLaSignature()), "CONV-SIGNATAIRES", "epci", Statut.NON_SATISFAIT);
    Rapport r = verifier(acteApresLaSignature().withProvenance(Map.of("dateSignature", DEUX_DATES)));
    assertEquals(Set.of(Statut.A_VERIFIER), statuts(r, "CONV-SIGNATAIRES", "epci"));
    Constat k = seul(r, "CONV-SIGNATAIRES", "epci", Statut.A_VERIFIER);
    assertTrue(k.message().contains("À vérifier, pas NON_SATISFAIT : la conclusion repose sur un fait que deux passages de la source disent différemment"), k.message());
    assertTrue(k.message().contains("« dateSignature » = 2026-03-01 selon Avenant de test, préambule : « la convention territoriale globale signée en date du 01/03/2026 »"), k.message());
    assertTrue(k.message().contains("« 1er mars 2025 » selon visas, « Vu la Convention territoriale globale signée le 1er mars 2025 »"), k.message());
    assertEquals(List.of("« 1er mars 2025 » selon visas, « Vu la Convention territoriale globale signée le 1er mars 2025 »"),
        k.provenance().get("dateSignature").divergences());
  }

  @Test
  void aNonNegativeConclusionKeepsItsStatusAndNamesBothPassagesOnce() {
    Rapport r = verifier(conforme().withProvenance(Map.of("dateSignature", DEUX_DATES)));
    // signed 2026-03-01 after its start (2026-01-01): INFO, once, with both passages
    Constat k = seul(r, "CONV-COHERENCE", ID, Statut.INFO);
    assertTrue(k.message().contains("La source dit ce fait de deux façons") && k.message().contains("1er mars 2025"), k.message());
    assertEquals(Set.of(Statut.SATISFAIT, Statut.INFO), statuts(r, "CONV-COHERENCE", ID));
    Constat sansDivergence = seul(verifier(conforme()), "CONV-COHERENCE", ID, Statut.INFO);
    assertFalse(sansDivergence.message().contains("deux façons"), sansDivergence.message());
  }

  @Test
  void aSignatoryWhoseProvenanceExplainsItsMissingDateDoesNotInheritTheConventionsDate() {
    // 003 L220-226 : the Département is not a party to the initial convention; it joins by an undated avenant.
    ImmutableConvention c = acteApresLaSignature();
    Provenance pasPartie = ImmutableProvenance.builder().hypothese("entre par un avenant non daté").build();
    ImmutableConvention d = c.withSignataires(c.signataires().get(0),
        ImmutableSignataire.copyOf(c.signataires().get(1)).withProvenance(Map.of("dateSignature", pasPartie)));
    Constat k = seul(verifier(d), "CONV-SIGNATAIRES", "epci", Statut.A_VERIFIER);
    assertTrue(k.message().contains("la date de signature est inconnue"), k.message());
    assertNull(k.faits().get("dateSignature"));
  }
}
