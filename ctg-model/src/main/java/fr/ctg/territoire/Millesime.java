package fr.ctg.territoire;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One year of the dated national registry: which release of {@code @etalab/decoupage-administratif}
 * describes the communes and EPCI of 1 January of {@link #annee()}, and which census vintages its
 * population figures are (see {@code docs/territoire.md} for the choice of release by date).
 *
 * <p>The national counts are those the generator computed from the release itself
 * ({@code registre.tsv}); a loaded {@link Territoire} is checked against them. Immutable.
 */
@Value.Immutable
public interface Millesime {
  /** The year whose 1 January state the release describes, and on every day of which it applies. */
  int annee();

  /** Version of the npm package, e.g. {@code 6.0.0}. */
  String version();

  /**
   * Census vintage of the population municipale and totale of the members of an EPCI (epci.json,
   * the DGCL list of 1 January of {@link #annee()}).
   */
  int millesimePopulationTotale();

  /**
   * Census vintage of the population municipale given alone for the communes outside any EPCI
   * (communes.json); no population totale goes with it.
   */
  int millesimePopulationMunicipaleSeule();

  /** Number of communes (commune-actuelle) of the release. */
  int nombreCommunes();

  int nombreEpci();

  /** Sum of the population totale of the communes that have one (the members of an EPCI). */
  long populationTotale();

  /** Sum of the population municipale of the members of an EPCI. */
  long populationMunicipale();

  /** "@etalab/decoupage-administratif 6.0.0". */
  @Value.Derived
  default String paquet() {
    return "@etalab/decoupage-administratif " + version();
  }

  default LocalDate enVigueurDu() {
    return LocalDate.of(annee(), 1, 1);
  }

  default LocalDate enVigueurAu() {
    return LocalDate.of(annee(), 12, 31);
  }

  /** Whether {@code date} is in the year this release describes. */
  default boolean couvre(LocalDate date) {
    return date.getYear() == annee();
  }

  /**
   * What a report evaluated on {@code date} with this release must say about it: a date after the
   * year of the release (the last one is used for later dates), and population figures of another
   * vintage than the one in force that year (year − 3, DOMAIN.md). Empty when there is nothing to say.
   */
  default List<String> remarquesAu(LocalDate date) {
    List<String> r = new ArrayList<>();
    if (date.getYear() > annee()) {
      r.add("date postérieure au dernier registre : celui du 1er janvier " + annee() + " ("
          + paquet() + ") est utilisé");
    }
    int enVigueur = date.getYear() - 3;
    if (millesimePopulationTotale() != enVigueur) {
      r.add("populations totales du millésime " + millesimePopulationTotale() + " : le millésime "
          + enVigueur + ", en vigueur au 1er janvier " + date.getYear()
          + ", n'est pas dans la source (lecture : le plus récent qu'elle donne est retenu)");
    }
    return r;
  }

  /** "registre 2026 (@etalab/decoupage-administratif 6.0.0), populations millésime 2022". */
  default String libelle() {
    return "registre " + annee() + " (" + paquet() + "), populations millésime " + millesimePopulationTotale();
  }
}
