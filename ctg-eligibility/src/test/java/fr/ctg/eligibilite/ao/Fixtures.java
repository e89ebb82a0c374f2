package fr.ctg.eligibilite.ao;

import fr.ctg.ao.CompetenceAO;
import fr.ctg.ao.ImmutableTransfertCompetence;
import fr.ctg.ao.TransfertCompetence;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.parametres.ImmutableParametre;
import fr.ctg.parametres.ImmutableReference;
import fr.ctg.parametres.ImmutableValeurParametre;
import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.TypeParametre;
import fr.ctg.parametres.ValeurParametre;
import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import fr.ctg.rapport.Statut;
import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import fr.ctg.territoire.ImmutableCommune;
import fr.ctg.territoire.ImmutableEpci;
import fr.ctg.territoire.ImmutablePopulation;
import fr.ctg.territoire.NatureEpci;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Programmatic territory and AO parameters for the scenario tests. The parameter values are those
 * of RULES.md; the date-of-effect parameters are in force from the publication of loi 2023-1196
 * (JO of 19 Dec 2023), so that a date before the effect date can say "not yet".
 */
public final class Fixtures {
  public static final LocalDate LOI_2023_1196 = LocalDate.of(2023, 12, 19);
  public static final LocalDate AO = LocalDate.of(2025, 1, 1);
  public static final LocalDate RPE = LocalDate.of(2026, 1, 1);
  public static final String EPCI = "200000001";

  private Fixtures() {}

  public static Parametres parametres() {
    return parametres("totale");
  }

  public static Parametres parametres(String populationReference) {
    return Parametres.de(List.of(
        texte("ao.population_reference", LOI_2023_1196, populationReference, "CASF art. L.214-1-3 III"),
        date("ao.date_effet", LOI_2023_1196, AO, "Loi n° 2023-1196 du 18 décembre 2023, art. 17"),
        date("ao.date_effet_rpe", LOI_2023_1196, RPE, "CASF art. L.214-2-1 (loi n° 2023-1196, art. 17)"),
        nombre("ao.seuil_planification", AO, 3500, "CASF art. L.214-1-3 II al. 2"),
        nombre("ao.seuil_schema", AO, 10000, "CASF art. L.214-1-3 II al. 3"),
        nombre("ao.seuil_rpe", RPE, 10000, "CASF art. L.214-1-3 II al. 4"),
        nombre("ao.delai_transmission_cdsf", AO, 1, "CASF art. L.214-2 II")));
  }

  public static Parametre nombre(String nom, LocalDate depuis, long valeur, String ref) {
    return parametre(nom, TypeParametre.NOMBRE, "habitants", valeur(depuis, ref).nombre(BigDecimal.valueOf(valeur)).build());
  }

  public static Parametre date(String nom, LocalDate depuis, LocalDate valeur, String ref) {
    return parametre(nom, TypeParametre.DATE, "date", valeur(depuis, ref).date(valeur).build());
  }

  public static Parametre texte(String nom, LocalDate depuis, String valeur, String ref) {
    return parametre(nom, TypeParametre.TEXTE, "mot", valeur(depuis, ref).texte(valeur).build());
  }

  private static ImmutableValeurParametre.Builder valeur(LocalDate depuis, String ref) {
    return ImmutableValeurParametre.builder().depuis(depuis)
        .reference(ImmutableReference.builder().texte(ref).build());
  }

  private static Parametre parametre(String nom, TypeParametre type, String unite, ValeurParametre v) {
    return ImmutableParametre.builder().nom(nom).description(nom).unite(unite).type(type).addValeur(v).build();
  }

  /** A commune of EPCI {@link #EPCI} with its population totale (municipale = totale). */
  public static Commune commune(String insee, String nom, long totale) {
    return commune(insee, nom, totale, totale);
  }

  public static Commune commune(String insee, String nom, long municipale, long totale) {
    return ImmutableCommune.builder().insee(insee).siren("2" + insee.replace('A', '0').replace('B', '0') + "000")
        .nom(nom).departement(insee.substring(0, 2)).region("32").epci(EPCI)
        .population(ImmutablePopulation.builder().municipale(municipale).compteeAPart(totale - municipale)
            .totale(totale).source("test " + insee).build())
        .build();
  }

  public static Commune sansPopulation(String insee, String nom) {
    return ImmutableCommune.builder().insee(insee).siren("2" + insee + "000").nom(nom)
        .departement(insee.substring(0, 2)).region("32").epci(EPCI).build();
  }

  public static Epci epci(Collection<Commune> communes) {
    return ImmutableEpci.builder().siren(EPCI).nom("CA de test").nature(NatureEpci.CA)
        .membres(communes.stream().map(Commune::insee).collect(Collectors.toList())).build();
  }

  public static Evaluateur evaluateur(List<Commune> communes) {
    return evaluateur(communes, parametres());
  }

  public static Evaluateur evaluateur(List<Commune> communes, Parametres parametres) {
    return Evaluateur.builder().territoire(communes, List.of(epci(communes))).parametres(parametres).build();
  }

  public static Rapport evaluer(List<Commune> communes, LocalDate date) {
    return evaluateur(communes).obligations(SelectionTerritoire.france(), date, EntreesAO.aucune());
  }

  public static Optional<Constat> constat(Rapport r, String regle, String sujet) {
    List<Constat> l = r.constats().stream()
        .filter(c -> c.regle().equals(regle) && c.sujet().id().equals(sujet)).collect(Collectors.toList());
    if (l.size() > 1) throw new AssertionError("plusieurs constats " + regle + " pour " + sujet + " : " + l);
    return l.stream().findFirst();
  }

  public static Statut statut(Rapport r, String regle, String sujet) {
    return constat(r, regle, sujet).orElseThrow(() -> new AssertionError("pas de constat " + regle + " pour " + sujet
        + " parmi " + r.constats().stream().map(c -> c.regle() + "/" + c.sujet().id()).collect(Collectors.toList())))
        .statut();
  }

  /** The rule ids reported for {@code sujet}, sorted. */
  public static List<String> regles(Rapport r, String sujet) {
    return r.constats().stream().filter(c -> c.sujet().id().equals(sujet)).map(Constat::regle)
        .sorted().collect(Collectors.toList());
  }

  /**
   * Transfers drawn from {@code r}: about one commune in three transfers a non-empty random set of
   * competences, from 2025-01-01, to the EPCI {@link #EPCI} or to {@code syndicat}.
   */
  public static List<TransfertCompetence> transfertsAuHasard(List<Commune> communes, Random r, String syndicat) {
    List<TransfertCompetence> transferts = new ArrayList<>();
    for (Commune c : communes) {
      if (r.nextInt(3) != 0) continue;
      Set<CompetenceAO> k = EnumSet.noneOf(CompetenceAO.class);
      for (CompetenceAO x : CompetenceAO.values()) if (r.nextBoolean()) k.add(x);
      if (k.isEmpty()) continue;
      transferts.add(ImmutableTransfertCompetence.builder().commune(c.insee()).competences(k)
          .beneficiaire(r.nextBoolean() ? EPCI : syndicat).depuis(AO).build());
    }
    return transferts;
  }
}
