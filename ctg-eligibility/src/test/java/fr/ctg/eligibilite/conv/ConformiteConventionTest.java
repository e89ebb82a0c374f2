package fr.ctg.eligibilite.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.convention.Annexe;
import fr.ctg.convention.Convention;
import fr.ctg.ao.ElementSchema;
import fr.ctg.convention.ImmutableActeAutorisation;
import fr.ctg.convention.ImmutableAmbition;
import fr.ctg.convention.ImmutableAvenant;
import fr.ctg.convention.ImmutableCommuneCouverte;
import fr.ctg.convention.ImmutableConvention;
import fr.ctg.convention.ImmutableEngagement;
import fr.ctg.convention.ImmutableEnjeu;
import fr.ctg.convention.ImmutableEquipement;
import fr.ctg.convention.ImmutableEvaluation;
import fr.ctg.convention.ImmutableGouvernance;
import fr.ctg.convention.ImmutableInstance;
import fr.ctg.convention.ImmutableOrientationSdsf;
import fr.ctg.convention.ImmutableResiliation;
import fr.ctg.convention.ImmutableSignataire;
import fr.ctg.convention.ImmutableTerritoireConvention;
import fr.ctg.convention.ImmutableTientLieuDeSchema;
import fr.ctg.convention.TypeEquipement;
import fr.ctg.convention.TypeInstance;
import fr.ctg.convention.TypeResiliation;
import fr.ctg.convention.TypeSignataire;
import fr.ctg.document.DocumentReader;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.ao.Fixtures;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.ImmutableCommune;
import fr.ctg.territoire.ImmutableEpci;
import fr.ctg.territoire.ImmutablePopulation;
import fr.ctg.territoire.NatureEpci;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Scenario tests of the CONV rules (RULES.md, « CONV — conformity of a convention »): for each rule a
 * convention that passes and one that fails, run through {@link Evaluateur#verifier}, with the
 * bundled parameters. The base convention {@link #conforme()} satisfies every CONV rule; each failing
 * case changes one thing.
 */
class ConformiteConventionTest {
  static final String EPCI = Fixtures.EPCI;
  static final String AUTRE_EPCI = "200000002";
  static final LocalDate JUIN_2026 = LocalDate.of(2026, 6, 30);
  static final String ID = "ctg-test";

  static final Commune GRANDE = Fixtures.commune("62001", "Grandeville", 15_000);
  static final Commune PETITE = Fixtures.commune("62002", "Petitbourg", 2_000);
  static final Commune VOISINE = ImmutableCommune.builder().insee("62003").siren("262003000").nom("Voisine")
      .departement("62").region("32").epci(AUTRE_EPCI)
      .population(ImmutablePopulation.builder().municipale(800).compteeAPart(0).totale(800).source("test").build())
      .build();
  static final Evaluateur EVALUATEUR = Evaluateur.builder()
      .territoire(List.of(GRANDE, PETITE, VOISINE), List.<Epci>of(
          ImmutableEpci.builder().siren(EPCI).nom("CA de test").nature(NatureEpci.CA).membres(List.of("62001", "62002")).build(),
          ImmutableEpci.builder().siren(AUTRE_EPCI).nom("CC voisine").nature(NatureEpci.CC).membres(List.of("62003")).build()))
      .parametres(DocumentReader.bundledParametres())
      .build();

  static ImmutableConvention conforme() {
    return ImmutableConvention.builder()
        .id(ID).titre("CTG de test").source("test L1-10")
        .dateDebut(LocalDate.of(2026, 1, 1)).dateFin(LocalDate.of(2030, 12, 31))
        .dateSignature(LocalDate.of(2026, 3, 1))
        .territoire(ImmutableTerritoireConvention.builder().epci(EPCI).departement("62").nombreCommunesDeclare(2)
            .addCommunes(couverte("62001", "Grandeville"), couverte("62002", "Petitbourg")).build())
        .addSignataires(ImmutableSignataire.builder().id("caf").type(TypeSignataire.CAF).nom("Caf de test")
            .representant("le Directeur")
            .acteAutorisation(ImmutableActeAutorisation.builder().intitule("Délibération du conseil d'administration")
                .date(LocalDate.of(2025, 12, 15)).build()).build())
        .addSignataires(ImmutableSignataire.builder().id("epci").type(TypeSignataire.EPCI).nom("CA de test")
            .siren(EPCI).representant("le Président")
            .acteAutorisation(ImmutableActeAutorisation.builder().intitule("Délibération du conseil communautaire")
                .date(LocalDate.of(2025, 12, 10)).build()).build())
        .addAnnexes(Annexe.DIAGNOSTIC, Annexe.COMMUNES, Annexe.EQUIPEMENTS, Annexe.PLAN_ACTION, Annexe.GOUVERNANCE)
        .addAnnexesAnnoncees(Annexe.DIAGNOSTIC, Annexe.COMMUNES, Annexe.EQUIPEMENTS, Annexe.PLAN_ACTION, Annexe.GOUVERNANCE)
        .addSdsf(ImmutableOrientationSdsf.builder().id("SDSF-1").libelle("Développement de l'enfant").build())
        .addEnjeux(ImmutableEnjeu.builder().id("E1").libelle("Petite enfance")
            .addAmbitions(ImmutableAmbition.builder().id("E1-A1").libelle("Accueillir").addOrientationsSdsf("SDSF-1").build())
            .build())
        .addEquipements(ImmutableEquipement.builder().id("rpe-1").type(TypeEquipement.RPE).nom("RPE intercommunal")
            .commune("62001").addCommunesCouvertes("62001", "62002").addCollectivitesSoutien(EPCI).build())
        .addEquipements(ImmutableEquipement.builder().id("eaje-1").type(TypeEquipement.EAJE).nom("Crèche")
            .commune("62002").addCollectivitesSoutien("62002").placesPsu(20).build())
        .dateLimiteEngagement(LocalDate.of(2025, 11, 29))
        .addEngagements(ImmutableEngagement.builder().collectivite("62002").nom("Petitbourg")
            .dateDeliberation(LocalDate.of(2025, 10, 1)).dateFicheEngagement(LocalDate.of(2025, 10, 15)).build())
        .gouvernance(ImmutableGouvernance.builder()
            .addInstances(ImmutableInstance.builder().id("copil").type(TypeInstance.COPIL).nom("Comité de pilotage")
                .frequenceMinimaleParAn(1).build())
            .evaluation(ImmutableEvaluation.builder().bilanMiParcours(LocalDate.of(2028, 6, 30))
                .bilanFinal(LocalDate.of(2030, 12, 31)).build())
            .build())
        .addAvenants(ImmutableAvenant.builder().id("2027-001").date(LocalDate.of(2027, 1, 10)).objet("Mise à jour")
            .addClausesModifiees("Article 5").addSignataires("caf", "epci").build())
        .build();
  }

  static ImmutableCommuneCouverte couverte(String insee, String nom) {
    return ImmutableCommuneCouverte.builder().insee(insee).nom(nom).source("test L" + insee).build();
  }

  static Rapport verifier(Convention c) {
    return verifier(c, JUIN_2026);
  }

  static Rapport verifier(Convention c, LocalDate date) {
    return EVALUATEUR.verifier(c, date);
  }

  static List<Constat> constats(Rapport r, String regle) {
    return r.constats().stream().filter(c -> c.regle().equals(regle)).collect(Collectors.toList());
  }

  static Set<Statut> statuts(Rapport r, String regle, String sujet) {
    return r.constats().stream().filter(c -> c.regle().equals(regle) && c.sujet().id().equals(sujet))
        .map(Constat::statut).collect(Collectors.toCollection(() -> EnumSet.noneOf(Statut.class)));
  }

  static Constat seul(Rapport r, String regle, String sujet, Statut statut) {
    List<Constat> l = r.constats().stream()
        .filter(c -> c.regle().equals(regle) && c.sujet().id().equals(sujet) && c.statut() == statut)
        .collect(Collectors.toList());
    assertEquals(1, l.size(), () -> regle + "/" + sujet + "/" + statut + " parmi " + constats(r, regle));
    return l.get(0);
  }

  /** Every CONV finding of the base convention is SATISFAIT: it is a valid passing case for every rule. */
  @Test
  void laConventionDeBaseSatisfaitChaqueRegleConv() {
    Rapport r = verifier(conforme());
    assertEquals(ID, r.convention().orElseThrow());
    List<Constat> conv = r.constats().stream().filter(c -> c.regle().startsWith("CONV-")).collect(Collectors.toList());
    // signed two months after its start, like most CTGs: CONV-COHERENCE says so (INFO), nothing to correct
    assertEquals(List.of("CONV-COHERENCE ctg-test INFO"), conv.stream().filter(c -> c.statut() != Statut.SATISFAIT)
        .map(c -> c.regle() + " " + c.sujet().id() + " " + c.statut()).collect(Collectors.toList()));
    Set<String> regles = conv.stream().map(Constat::regle).collect(Collectors.toSet());
    assertEquals(Set.of("CONV-PERIODE", "CONV-SIGNATAIRES", "CONV-ANNEXES", "CONV-SDSF", "CONV-TERRITOIRE",
        "CONV-RPE-COUVERTURE", "CONV-GOUVERNANCE", "CONV-ENGAGEMENT", "CONV-AVENANT", "CONV-COHERENCE"), regles);
  }

  // CONV-PERIODE — 000_6ba50e68de7cb4c5.txt L1025-1029

  @Test
  void periodeEnVigueurPuisEchueSansReconductionExpresse() {
    assertEquals(Set.of(Statut.SATISFAIT), statuts(verifier(conforme()), "CONV-PERIODE", ID));
    Rapport apres = verifier(conforme(), LocalDate.of(2031, 1, 1));
    Constat echue = seul(apres, "CONV-PERIODE", ID, Statut.AVERTISSEMENT);
    assertTrue(echue.message().contains("échue depuis le 1er janvier 2031"), echue.message());
    assertEquals(Set.of(Statut.INFO), statuts(verifier(conforme().withRenouvellementExpres(true), LocalDate.of(2031, 1, 1)),
        "CONV-PERIODE", ID));
    assertEquals(Set.of(Statut.INFO), statuts(verifier(conforme(), LocalDate.of(2025, 12, 31)), "CONV-PERIODE", ID));
  }

  @Test
  void periodeDeCinqAnsPileSansInfoAuDelaInfo() {
    assertTrue(constats(verifier(conforme()), "CONV-PERIODE").stream().noneMatch(c -> c.statut() == Statut.INFO));
    Rapport six = verifier(conforme().withDateFin(LocalDate.of(2031, 1, 1)));
    Constat info = seul(six, "CONV-PERIODE", ID, Statut.INFO);
    assertTrue(info.message().contains("plus de 5 ans"), info.message());
    assertTrue(six.parametres().stream().anyMatch(p -> p.nom().equals("conv.duree_usuelle_max_annees")));
  }

  // CONV-RESILIATION — 000_6ba50e68de7cb4c5.txt L1052-1098 ; 004 art. 12

  @Test
  void resiliationUnilateraleApresSixMoisDePrevenance() {
    assertTrue(constats(verifier(conforme()), "CONV-RESILIATION").isEmpty());
    ImmutableConvention c = conforme().withResiliation(ImmutableResiliation.builder()
        .type(TypeResiliation.UNILATERALE).dateNotification(LocalDate.of(2027, 1, 15)).build());
    Constat info = seul(verifier(c, LocalDate.of(2027, 3, 1)), "CONV-RESILIATION", ID, Statut.INFO);
    assertEquals("2027-07-15", info.faits().get("dateEffet"));
    // still in force during the notice; no longer once it has taken effect
    assertEquals(Set.of(Statut.SATISFAIT), statuts(verifier(c, LocalDate.of(2027, 7, 14)), "CONV-PERIODE", ID));
    Constat resiliee = seul(verifier(c, LocalDate.of(2027, 7, 15)), "CONV-PERIODE", ID, Statut.AVERTISSEMENT);
    assertTrue(resiliee.message().contains("15 juillet 2027"), resiliee.message());
  }

  @Test
  void resiliationPourManquementUnMoisApresLaMiseEnDemeureEtModificationSansAvenantImmediate() {
    Rapport manquement = verifier(conforme().withResiliation(ImmutableResiliation.builder()
        .type(TypeResiliation.MANQUEMENT).dateNotification(LocalDate.of(2027, 3, 10)).build()), LocalDate.of(2027, 5, 1));
    assertEquals("2027-04-10", seul(manquement, "CONV-RESILIATION", ID, Statut.INFO).faits().get("dateEffet"));
    assertTrue(manquement.parametres().stream().anyMatch(p -> p.nom().equals("conv.delai_mise_en_demeure_mois")));
    assertEquals(Set.of(Statut.AVERTISSEMENT), statuts(manquement, "CONV-PERIODE", ID));
    Rapport immediate = verifier(conforme().withResiliation(ImmutableResiliation.builder()
        .type(TypeResiliation.MODIFICATION_SANS_AVENANT).dateNotification(LocalDate.of(2027, 3, 10)).build()),
        LocalDate.of(2027, 3, 10));
    assertEquals("2027-03-10", seul(immediate, "CONV-RESILIATION", ID, Statut.INFO).faits().get("dateEffet"));
    assertEquals(Set.of(Statut.AVERTISSEMENT), statuts(immediate, "CONV-PERIODE", ID));
  }

  // CONV-SIGNATAIRES — 000_6ba50e68de7cb4c5.txt L11-61

  @Test
  void signataireAutoriseApresAvoirSigne() {
    Rapport base = verifier(conforme());
    assertEquals(Set.of(Statut.SATISFAIT), statuts(base, "CONV-SIGNATAIRES", "caf"));
    ImmutableConvention c = conforme().withSignataires(
        ImmutableSignataire.copyOf(conforme().signataires().get(0))
            .withActeAutorisation(ImmutableActeAutorisation.builder().intitule("Délibération tardive")
                .date(LocalDate.of(2026, 4, 2)).build()),
        conforme().signataires().get(1));
    Constat c1 = seul(verifier(c), "CONV-SIGNATAIRES", "caf", Statut.NON_SATISFAIT);
    assertTrue(c1.message().contains("2 avril 2026") && c1.message().contains("1er mars 2026"), c1.message());
  }

  @Test
  void sansCafNonSatisfaitEtActeNonNommeAVerifier() {
    ImmutableConvention sansCaf = conforme().withSignataires(conforme().signataires().get(1));
    seul(verifier(sansCaf), "CONV-SIGNATAIRES", ID, Statut.NON_SATISFAIT);
    ImmutableConvention sansActe = conforme().withSignataires(conforme().signataires().get(0),
        ImmutableSignataire.copyOf(conforme().signataires().get(1)).withActeAutorisation(java.util.Optional.empty()));
    Constat c = seul(verifier(sansActe), "CONV-SIGNATAIRES", "epci", Statut.A_VERIFIER);
    assertTrue(c.message().contains("l'acte qui autorise"), c.message());
    ImmutableConvention sansDate = conforme().withDateSignature(java.util.Optional.empty());
    seul(verifier(sansDate), "CONV-SIGNATAIRES", "caf", Statut.A_VERIFIER);
  }

  /**
   * #12 §2, deadlines read as written: 000_6ba50e68de7cb4c5.txt L9598-9604 « doit donc être réalisé
   * avant le 29/11/2025 » excludes the 29th; « au plus tard le 29/11/2025 » includes it; the finding
   * cites the words.
   */
  @Test
  void echeanceLueTelleQuEcrite() {
    ImmutableConvention le29 = conforme().withEngagements(ImmutableEngagement.builder().collectivite("62002").nom("Petitbourg")
        .dateDeliberation(LocalDate.of(2025, 10, 1)).dateFicheEngagement(LocalDate.of(2025, 11, 29)).build());
    Constat avant = seul(verifier(le29.withFormuleDateLimiteEngagement(fr.ctg.convention.FormuleEcheance.AVANT_LE)),
        "CONV-ENGAGEMENT", "62002", Statut.NON_SATISFAIT);
    assertTrue(avant.message().contains("« avant le 29 novembre 2025 »"), avant.message());
    Constat auPlusTard = seul(verifier(le29.withFormuleDateLimiteEngagement(fr.ctg.convention.FormuleEcheance.AU_PLUS_TARD_LE)),
        "CONV-ENGAGEMENT", "62002", Statut.SATISFAIT);
    assertTrue(auPlusTard.message().contains("« au plus tard le 29 novembre 2025 »"), auPlusTard.message());
    seul(verifier(le29), "CONV-ENGAGEMENT", "62002", Statut.SATISFAIT);
    seul(verifier(le29.withEngagements(ImmutableEngagement.copyOf(le29.engagements().get(0)).withDateFicheEngagement(LocalDate.of(2025, 11, 28)))
        .withFormuleDateLimiteEngagement(fr.ctg.convention.FormuleEcheance.AVANT_LE)), "CONV-ENGAGEMENT", "62002", Statut.SATISFAIT);
  }

  // CONV-ANNEXES — 000_6ba50e68de7cb4c5.txt L289-319

  @Test
  void annexeManquanteNommee() {
    seul(verifier(conforme()), "CONV-ANNEXES", ID, Statut.SATISFAIT);
    Constat c = seul(verifier(conforme().withAnnexes(Annexe.COMMUNES, Annexe.EQUIPEMENTS, Annexe.PLAN_ACTION)),
        "CONV-ANNEXES", ID, Statut.NON_SATISFAIT);
    assertEquals("DIAGNOSTIC, GOUVERNANCE", c.faits().get("annexesManquantes"));
    assertTrue(c.message().contains("diagnostic partagé"), c.message());
    seul(verifier(conforme().withAnnexes().withAnnexesAnnoncees()), "CONV-ANNEXES", ID, Statut.A_VERIFIER);
  }

  /**
   * #12 §2, narrow reading of 004_6fa37c30264637ed.txt L59-70 (a table of contents without « liste
   * des communes »): only the annexes the convention announces are expected of it; an annex of the
   * national model it does not announce is not missing (INFO), never NON_SATISFAIT.
   */
  @Test
  void uneAnnexeNonAnnonceeNeManquePas() {
    ImmutableConvention sansCommunes = conforme()
        .withAnnexes(Annexe.DIAGNOSTIC, Annexe.EQUIPEMENTS, Annexe.PLAN_ACTION, Annexe.GOUVERNANCE)
        .withAnnexesAnnoncees(Annexe.DIAGNOSTIC, Annexe.EQUIPEMENTS, Annexe.PLAN_ACTION, Annexe.GOUVERNANCE);
    Rapport r = verifier(sansCommunes);
    assertEquals(Set.of(Statut.SATISFAIT, Statut.INFO), statuts(r, "CONV-ANNEXES", ID));
    Constat info = seul(r, "CONV-ANNEXES", ID, Statut.INFO);
    assertTrue(info.message().contains("liste des communes couvertes (COMMUNES)") && info.message().contains("ne manque pas"), info.message());
    // Annonces not encoded: what is present is reported, nothing is expected.
    Rapport muet = verifier(sansCommunes.withAnnexesAnnoncees());
    assertEquals(Set.of(Statut.INFO), statuts(muet, "CONV-ANNEXES", ID));
  }

  // CONV-SDSF — 000_6ba50e68de7cb4c5.txt L202-204, L4052-4127

  @Test
  void ambitionSansOrientationSdsf() {
    seul(verifier(conforme()), "CONV-SDSF", ID, Statut.SATISFAIT);
    ImmutableConvention c = conforme().withEnjeux(ImmutableEnjeu.builder().id("E1").libelle("Petite enfance")
        .addAmbitions(ImmutableAmbition.builder().id("E1-A1").libelle("Accueillir").addOrientationsSdsf("SDSF-1").build())
        .addAmbitions(ImmutableAmbition.builder().id("E1-A2").libelle("Informer").build())
        .build());
    Rapport r = verifier(c);
    seul(r, "CONV-SDSF", "E1-A2", Statut.AVERTISSEMENT);
    assertTrue(statuts(r, "CONV-SDSF", ID).isEmpty());
  }

  // CONV-TERRITOIRE — 000_6ba50e68de7cb4c5.txt L1160-1524, L3005-4033

  @Test
  void communeHorsEpciEtNombreAnnonceFaux() {
    seul(verifier(conforme()), "CONV-TERRITOIRE", ID, Statut.SATISFAIT);
    ImmutableConvention c = conforme().withTerritoire(ImmutableTerritoireConvention.copyOf(conforme().territoire())
        .withCommunes(couverte("62001", "Grandeville"), couverte("62002", "Petitbourg"), couverte("62003", "Voisine")));
    Rapport r = verifier(c);
    Constat hors = seul(r, "CONV-TERRITOIRE", "62003", Statut.AVERTISSEMENT);
    assertEquals(AUTRE_EPCI, hors.faits().get("epciRegistre"));
    Constat nombre = seul(r, "CONV-TERRITOIRE", ID, Statut.AVERTISSEMENT);
    assertTrue(nombre.message().contains("annonce 2 communes mais en liste 3"), nombre.message());
  }

  @Test
  void membreDeLEpciAbsentDuDocumentEtEquipementHorsTerritoire() {
    ImmutableConvention c = conforme().withTerritoire(ImmutableTerritoireConvention.copyOf(conforme().territoire())
        .withNombreCommunesDeclare(java.util.OptionalInt.empty()).withCommunes(couverte("62001", "Grandeville")));
    Rapport r = verifier(c);
    seul(r, "CONV-TERRITOIRE", "62002", Statut.A_VERIFIER);
    seul(r, "CONV-TERRITOIRE", "eaje-1", Statut.AVERTISSEMENT);
    assertTrue(statuts(r, "CONV-TERRITOIRE", ID).isEmpty());
    ImmutableConvention sansListe = conforme().withTerritoire(ImmutableTerritoireConvention.copyOf(conforme().territoire())
        .withCommunes(List.of()));
    seul(verifier(sansListe), "CONV-TERRITOIRE", ID, Statut.A_VERIFIER);
  }

  // CONV-COHERENCE — the convention against itself (#12 §2): 000_6ba50e68de7cb4c5.txt L1025-1029 (period),
  // L1125-1133 (« Fait à …, le »), L1031-1039 (avenants), L950-970 (evaluation), L1160-1524 (communes)

  @Test
  void datesDansLeDesordreSignaleesSansConclusionNegative() {
    seul(verifier(conforme()), "CONV-COHERENCE", ID, Statut.SATISFAIT);
    // signed after its start (retroactive), avenant between start and signature, mid-term review after the final one,
    // engagement deadline after the end
    ImmutableConvention c = conforme().withDateSignature(LocalDate.of(2027, 3, 1))
        .withDateLimiteEngagement(LocalDate.of(2031, 1, 31))
        .withGouvernance(ImmutableGouvernance.copyOf(conforme().gouvernance().orElseThrow())
            .withEvaluation(ImmutableEvaluation.builder().bilanMiParcours(LocalDate.of(2030, 12, 31))
                .bilanFinal(LocalDate.of(2028, 6, 30)).build()));
    Rapport r = verifier(c, LocalDate.of(2027, 6, 30));
    List<Constat> coherence = constats(r, "CONV-COHERENCE");
    assertTrue(coherence.stream().allMatch(k -> k.statut() == Statut.AVERTISSEMENT || k.statut() == Statut.INFO), coherence::toString);
    // retroactive effect is common for a CTG: said, nothing to correct
    Constat retroactif = seul(r, "CONV-COHERENCE", ID, Statut.INFO);
    assertTrue(retroactif.message().contains("signée le 1er mars 2027 et sa période commence le 1er janvier 2026"), retroactif.message());
    List<String> messages = coherence.stream().filter(k -> k.sujet().id().equals(ID) && k.statut() == Statut.AVERTISSEMENT)
        .map(Constat::message).sorted().collect(Collectors.toList());
    assertEquals(2, messages.size(), messages::toString);
    assertTrue(messages.stream().anyMatch(m -> m.contains("Le bilan à mi-parcours est daté du 31 décembre 2030, après le bilan final du 30 juin 2028")), messages::toString);
    assertTrue(messages.stream().anyMatch(m -> m.contains("tombe après la fin de la convention")), messages::toString);
    Constat avenant = seul(r, "CONV-COHERENCE", "2027-001", Statut.AVERTISSEMENT);
    assertEquals("2027-03-01", avenant.faits().get("dateSignature"));

    Constat apresLaFin = seul(verifier(conforme().withDateSignature(LocalDate.of(2031, 2, 1))), "CONV-COHERENCE", ID,
        Statut.AVERTISSEMENT);
    assertTrue(apresLaFin.message().contains("après la fin de sa période"), apresLaFin.message());
  }

  @Test
  void signataireQuiSigneApresLaFin() {
    ImmutableConvention c = conforme().withSignataires(conforme().signataires().get(0),
        ImmutableSignataire.copyOf(conforme().signataires().get(1)).withDateSignature(LocalDate.of(2031, 1, 5)));
    Rapport r = verifier(c);
    Constat k = seul(r, "CONV-COHERENCE", "epci", Statut.AVERTISSEMENT);
    assertTrue(k.message().contains("signe le 5 janvier 2031, après la fin de la période"), k.message());
    assertEquals(Set.of(Statut.INFO), statuts(r, "CONV-COHERENCE", ID));
  }

  @Test
  void communeListeeDeuxFoisEtCommuneSignataireHorsListe() {
    ImmutableConvention c = conforme()
        .withTerritoire(ImmutableTerritoireConvention.copyOf(conforme().territoire())
            .withCommunes(couverte("62001", "Grandeville"), couverte("62002", "Petitbourg"), couverte("62001", "Grandeville")))
        .withSignataires(ImmutableSignataire.builder().from(conforme().signataires().get(0)).build(),
            conforme().signataires().get(1),
            ImmutableSignataire.builder().id("voisine").type(TypeSignataire.COMMUNE).nom("Voisine").insee("62003")
                .representant("le Maire").build());
    Rapport r = verifier(c);
    Constat doublon = seul(r, "CONV-COHERENCE", "62001", Statut.AVERTISSEMENT);
    assertEquals(2, doublon.faits().get("occurrences"));
    assertTrue(doublon.message().contains("figure 2 fois dans la liste des communes couvertes"), doublon.message());
    Constat signataire = seul(r, "CONV-COHERENCE", "voisine", Statut.AVERTISSEMENT);
    assertTrue(signataire.message().contains("ne figure pas dans la liste des 2 communes couvertes"), signataire.message());
    assertEquals(Set.of(Statut.INFO), statuts(r, "CONV-COHERENCE", ID));
    // counted once: the territory check sees two listed communes, the announced number
    seul(r, "CONV-TERRITOIRE", ID, Statut.SATISFAIT);
  }

  // CONV-RPE-COUVERTURE — 000_6ba50e68de7cb4c5.txt L2088, L4430-4432

  @Test
  void communeCouverteParAucunRpe() {
    seul(verifier(conforme()), "CONV-RPE-COUVERTURE", ID, Statut.SATISFAIT);
    ImmutableConvention c = conforme().withEquipements(
        ImmutableEquipement.copyOf(conforme().equipements().get(0)).withCommunesCouvertes("62001"),
        conforme().equipements().get(1));
    Rapport r = verifier(c);
    seul(r, "CONV-RPE-COUVERTURE", "62002", Statut.AVERTISSEMENT);
    assertTrue(statuts(r, "CONV-RPE-COUVERTURE", ID).isEmpty());
    ImmutableConvention inconnue = conforme().withEquipements(
        ImmutableEquipement.copyOf(conforme().equipements().get(0)).withCommunesCouvertes(List.of()),
        conforme().equipements().get(1));
    seul(verifier(inconnue), "CONV-RPE-COUVERTURE", "rpe-1", Statut.A_VERIFIER);
  }

  // CONV-GOUVERNANCE — 000_6ba50e68de7cb4c5.txt L7594-7844 ; 001 L236-296 ; 004 art. 7

  @Test
  void bilanAMiParcoursHorsPeriodeEtSansComiteDePilotage() {
    Rapport base = verifier(conforme());
    assertEquals(Set.of(Statut.SATISFAIT), statuts(base, "CONV-GOUVERNANCE", ID));
    assertEquals(Set.of(Statut.SATISFAIT), statuts(base, "CONV-GOUVERNANCE", "copil"));
    ImmutableConvention c = conforme().withGouvernance(ImmutableGouvernance.builder()
        .addInstances(ImmutableInstance.builder().id("cotech").type(TypeInstance.COTECH).nom("Comité technique")
            .frequenceMinimaleParAn(2).build())
        .evaluation(ImmutableEvaluation.builder().bilanMiParcours(LocalDate.of(2031, 6, 30))
            .bilanFinal(LocalDate.of(2030, 12, 31)).build())
        .build());
    Rapport r = verifier(c);
    List<Constat> nonSatisfaits = constats(r, "CONV-GOUVERNANCE").stream()
        .filter(k -> k.statut() == Statut.NON_SATISFAIT).collect(Collectors.toList());
    assertEquals(2, nonSatisfaits.size(), nonSatisfaits::toString);
    assertTrue(nonSatisfaits.stream().anyMatch(k -> k.message().contains("mi-parcours")));
    assertTrue(nonSatisfaits.stream().anyMatch(k -> k.message().contains("comité de pilotage")));
  }

  // CONV-ENGAGEMENT — 000_6ba50e68de7cb4c5.txt L9598-9604 ; 001 L4717

  @Test
  void ficheDEngagementApresLaDateLimite() {
    seul(verifier(conforme()), "CONV-ENGAGEMENT", "62002", Statut.SATISFAIT);
    ImmutableConvention tard = conforme().withEngagements(ImmutableEngagement.builder().collectivite("62002")
        .nom("Petitbourg").dateDeliberation(LocalDate.of(2025, 10, 1)).dateFicheEngagement(LocalDate.of(2025, 11, 30)).build());
    seul(verifier(tard), "CONV-ENGAGEMENT", "62002", Statut.NON_SATISFAIT);
    // the deadline itself is in time (« on or before »)
    ImmutableConvention limite = conforme().withEngagements(ImmutableEngagement.builder().collectivite("62002")
        .nom("Petitbourg").dateDeliberation(LocalDate.of(2025, 11, 29)).dateFicheEngagement(LocalDate.of(2025, 11, 29)).build());
    seul(verifier(limite), "CONV-ENGAGEMENT", "62002", Statut.SATISFAIT);
    // a supporting commune that is neither a party nor engaged; the signatory EPCI needs no engagement
    Rapport sans = verifier(conforme().withEngagements(List.of()));
    seul(sans, "CONV-ENGAGEMENT", "62002", Statut.A_VERIFIER);
    assertTrue(statuts(sans, "CONV-ENGAGEMENT", EPCI).isEmpty());
  }

  // CONV-AVENANT — 000_6ba50e68de7cb4c5.txt L1035-1039 ; 003 avenants 2023-001

  @Test
  void avenantNonSigneParToutesLesPartiesOuHorsPeriode() {
    seul(verifier(conforme()), "CONV-AVENANT", "2027-001", Statut.SATISFAIT);
    ImmutableAvenant avenant = ImmutableAvenant.copyOf(conforme().avenants().get(0));
    Constat manque = seul(verifier(conforme().withAvenants(avenant.withSignataires("caf"))),
        "CONV-AVENANT", "2027-001", Statut.NON_SATISFAIT);
    assertEquals("epci", manque.faits().get("signatairesManquants"));
    seul(verifier(conforme().withAvenants(avenant.withDate(LocalDate.of(2031, 2, 1)))),
        "CONV-AVENANT", "2027-001", Statut.NON_SATISFAIT);
    seul(verifier(conforme().withAvenants(avenant.withClausesModifiees(List.of()))),
        "CONV-AVENANT", "2027-001", Statut.NON_SATISFAIT);
  }

  /**
   * #12 §2: 003_d0c80c4aeed589fb.txt L431 « Fait ………………, le JJ/MM/AAAA, en … exemplaires originaux. »
   * is a blank avenant template: reported as such (INFO), never judged nor counted as a signed avenant.
   */
  @Test
  void unModeleDAvenantNonRempliNEstPasUnAvenant() {
    ImmutableAvenant avenant = ImmutableAvenant.copyOf(conforme().avenants().get(0));
    Rapport sansDate = verifier(conforme().withAvenants(avenant.withDate(java.util.Optional.empty()).withSignataires("caf")));
    Constat modele = seul(sansDate, "CONV-AVENANT", "2027-001", Statut.INFO);
    assertTrue(modele.message().contains("modèle non rempli (sans date)"), modele.message());
    assertEquals(Set.of(Statut.INFO), statuts(sansDate, "CONV-AVENANT", "2027-001"));
    Rapport blancs = verifier(conforme().withAvenants(avenant.withObjet("Avenant n° XX du JJ/MM/AAAA")));
    assertEquals(Set.of(Statut.INFO), statuts(blancs, "CONV-AVENANT", "2027-001"));
    assertTrue(seul(blancs, "CONV-AVENANT", "2027-001", Statut.INFO).message().contains("blancs à compléter"));
  }

  /**
   * #12 §1: the same breach (an avenant that one party did not sign) is NON_SATISFAIT when the source
   * says who signed, A_VERIFIER when the list of signatories is the encoder's hypothesis, and the
   * finding names the fact, the hypothesis and the document that would settle it.
   */
  @Test
  void uneHypotheseNeFondeJamaisUneConclusionNegative() {
    ImmutableAvenant avenant = ImmutableAvenant.copyOf(conforme().avenants().get(0)).withSignataires("caf");
    fr.ctg.convention.Provenance source = fr.ctg.convention.ImmutableProvenance.builder().document("Avenant de test")
        .article("signatures").passage("Le Directeur de la Caf").build();
    fr.ctg.convention.Provenance hypothese = fr.ctg.convention.ImmutableProvenance.builder()
        .hypothese("le bloc de signatures est illisible ; seule la Caf est retenue").aConfirmerPar("l'avenant signé").build();
    Constat etabli = seul(verifier(conforme().withAvenants(avenant.withProvenance(java.util.Map.of("signataires", source)))),
        "CONV-AVENANT", "2027-001", Statut.NON_SATISFAIT);
    assertEquals(fr.ctg.rapport.NatureProvenance.SOURCE, etabli.provenance().get("signataires").nature());
    assertTrue(etabli.provenance().get("signataires").reference().contains("« Le Directeur de la Caf »"));
    Constat suppose = seul(verifier(conforme().withAvenants(avenant.withProvenance(java.util.Map.of("signataires", hypothese)))),
        "CONV-AVENANT", "2027-001", Statut.A_VERIFIER);
    assertTrue(suppose.message().startsWith(etabli.message()), suppose.message());
    assertTrue(suppose.message().contains("« signataires » est une hypothèse d'encodage : le bloc de signatures est illisible")
        && suppose.message().contains("à confirmer par l'avenant signé"), suppose.message());
    assertEquals(fr.ctg.rapport.NatureProvenance.HYPOTHESE, suppose.provenance().get("signataires").nature());
  }

  // One session, every family: the convention is the CTG in force for the AO rules.

  @Test
  void lesReglesAoVoientLaConventionCommeCtgEnVigueur() {
    Rapport r = verifier(conforme());
    // 62001 (15 000 inhabitants) is covered by the convention's RPE, and the CTG is its planning document
    assertEquals(Statut.SATISFAIT, Fixtures.statut(r, "AO-RPE", "62001"));
    assertEquals(Statut.SATISFAIT, Fixtures.statut(r, "AO-PLANIFICATION", "62001"));
    assertEquals(Statut.A_VERIFIER, Fixtures.statut(r, "AO-SCHEMA", "62001"));
    assertFalse(r.constats().stream().anyMatch(c -> c.regle().equals("AO-DISPENSE-CTG")));
    ImmutableConvention tientLieuSansLaCommune = conforme().withTientLieuDeSchema(ImmutableTientLieuDeSchema.builder()
        .declare(true).addElements(ElementSchema.values()).build());
    // CASF L.214-2 III: the CTG stands in for the schéma of its signatory only; 62001 did not sign it
    Constat nonSignataire = Fixtures.constat(verifier(tientLieuSansLaCommune), "AO-DISPENSE-CTG", "62001").orElseThrow();
    assertEquals(Statut.NON_APPLICABLE, nonSignataire.statut());
    assertTrue(nonSignataire.message().contains("n'est pas signataire de la CTG"), nonSignataire.message());
    assertEquals(Statut.A_VERIFIER, Fixtures.statut(verifier(tientLieuSansLaCommune), "AO-SCHEMA", "62001"));
    java.util.List<fr.ctg.convention.Signataire> avecLaCommune = new java.util.ArrayList<>(conforme().signataires());
    avecLaCommune.add(ImmutableSignataire.builder().id("commune-62001").type(TypeSignataire.COMMUNE).nom("Commune 62001")
        .insee("62001").representant("le Maire").build());
    ImmutableConvention tientLieu = tientLieuSansLaCommune.withSignataires(avecLaCommune);
    Rapport t = verifier(tientLieu);
    assertEquals(Statut.SATISFAIT, Fixtures.statut(t, "AO-DISPENSE-CTG", "62001"));
    assertEquals(Statut.SATISFAIT, Fixtures.statut(t, "AO-SCHEMA", "62001"));
    ImmutableConvention incomplete = tientLieu.withTientLieuDeSchema(ImmutableTientLieuDeSchema.builder().declare(true)
        .addElements(ElementSchema.DIAGNOSTIC_BESOINS, ElementSchema.PLAN_ACTION).build());
    Constat manque = Fixtures.constat(verifier(incomplete), "AO-DISPENSE-CTG", "62001").orElseThrow();
    assertEquals(Statut.NON_SATISFAIT, manque.statut());
    assertTrue(manque.message().contains("LISTE_EQUIPEMENTS"), manque.message());
  }

  @Test
  void laBaseEmbarqueChaqueRegleConvAvecSesMetadonnees() {
    fr.ctg.regles.RuleBase base = fr.ctg.regles.RuleBase.bundled();
    assertEquals(List.of("CONV-ANNEXES", "CONV-AVENANT", "CONV-COHERENCE", "CONV-ENGAGEMENT", "CONV-GOUVERNANCE", "CONV-PERIODE",
        "CONV-RESILIATION", "CONV-RPE-COUVERTURE", "CONV-SDSF", "CONV-SIGNATAIRES", "CONV-TERRITOIRE"),
        base.regles().stream().map(fr.ctg.regles.RegleInfo::id).filter(id -> id.startsWith("CONV-")).collect(Collectors.toList()));
    for (String id : List.of("CONV-PERIODE", "CONV-RESILIATION", "CONV-TERRITOIRE")) {
      assertTrue(base.regle(id).orElseThrow().source().matches("\\d{3}_[0-9a-f]{16}\\.txt L\\d+.*"), id);
    }
  }

  @Test
  void memesEntreesMemeRapport() {
    assertEquals(verifier(conforme()), verifier(conforme()));
  }
}
