package fr.ctg.cli;

import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.parametres.Parametres;
import fr.ctg.regles.RuleBase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The AO evaluation a command runs on the national registry: date, territory selection and the
 * user's data (transfers, RPE coverage, population overrides). A reusable picocli mixin
 * ({@code @Mixin SelectionOptions selection;}), independent of the {@code obligations} command.
 */
public final class SelectionOptions {
  @Option(names = "--date", required = true, paramLabel = "AAAA-MM-JJ", description = "Date d'évaluation.")
  LocalDate date;

  @Option(names = "--departement", paramLabel = "CODE", description = "Les communes d'un département (ex. 62).")
  String departement;

  @Option(names = "--epci", paramLabel = "SIREN", description = "Les communes membres d'un EPCI.")
  String epci;

  @Option(names = "--commune", paramLabel = "INSEE", split = ",", description = "Des communes, par code INSEE.")
  List<String> communes = new ArrayList<>();

  @Option(names = "--france", description = "Toutes les communes.")
  boolean france;

  @Option(names = "--transferts", paramLabel = "FICHIER", description = "Transferts de compétences (ctg-transferts/1).")
  Path transferts;

  @Option(names = "--rpe", paramLabel = "FICHIER", description = "Couverture RPE (ctg-rpe/1).")
  Path rpe;

  @Option(names = "--population", paramLabel = "FICHIER", description = "Populations qui remplacent celles du registre (CSV).")
  Path population;

  @picocli.CommandLine.Mixin ParallelismeOption parallelisme;

  @picocli.CommandLine.Mixin LimitesOptions limites;

  @Option(names = "--inclure-non-applicables", description = "Dire aussi, avec la raison, les obligations qui ne s'appliquent pas.")
  boolean inclureNonApplicables;

  public LocalDate date() {
    return date;
  }

  public boolean inclureNonApplicables() {
    return inclureNonApplicables;
  }

  /** The selection; exactly one of --departement, --epci, --commune, --france. */
  public SelectionTerritoire selection() {
    int n = (departement != null ? 1 : 0) + (epci != null ? 1 : 0) + (communes.isEmpty() ? 0 : 1) + (france ? 1 : 0);
    if (n != 1) {
      throw new IllegalArgumentException("indiquez une et une seule sélection : --departement, --epci, --commune ou --france");
    }
    if (departement != null) return SelectionTerritoire.departement(departement);
    if (epci != null) return SelectionTerritoire.epci(epci);
    if (france) return SelectionTerritoire.france();
    return SelectionTerritoire.communes(communes);
  }

  public EntreesAO entrees() throws InvalidDocumentException {
    fr.ctg.eligibilite.ImmutableEntreesAO.Builder b = EntreesAO.builder();
    if (transferts != null) b.transferts(DocumentReader.readTransferts(transferts));
    if (rpe != null) b.rpe(DocumentReader.readRpe(rpe));
    return b.build();
  }

  /** An evaluator on the national registry with {@code base}, {@code parametres} and the --population overrides. */
  public Evaluateur evaluateur(RuleBase base, Parametres parametres) throws InvalidDocumentException {
    Evaluateur.Builder b = limites.appliquer(parallelisme.appliquer(Evaluateur.builder().parametres(parametres).regles(base)));
    if (population != null) b.populations(population);
    return b.build();
  }

}
