package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which year of the dated national registry an evaluation used: the release of the territory and the
 * census vintage of its populations, and what the report must say about them on the evaluation date
 * (a date after the last registry, a vintage other than the one in force, a former commune code
 * resolved to its successor).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTerritoireUtilise.class)
@JsonDeserialize(as = ImmutableTerritoireUtilise.class)
@JsonPropertyOrder({"registre", "paquet", "millesimePopulationTotale", "millesimePopulationMunicipaleSeule", "remarques"})
public interface TerritoireUtilise {
  /** The year whose registry (communes and EPCI of 1 January of that year) was used. */
  int registre();

  /** The source release, e.g. {@code @etalab/decoupage-administratif 6.0.0}. */
  String paquet();

  /** Census vintage of the population totale (members of an EPCI). */
  int millesimePopulationTotale();

  /** Census vintage of the population municipale given alone (communes outside any EPCI). */
  int millesimePopulationMunicipaleSeule();

  /** What the reader must know about the territory used, in French; may be empty. */
  List<String> remarques();

  /** "registre 2026 (@etalab/decoupage-administratif 6.0.0), populations millésime 2022". */
  default String libelle() {
    return "registre " + registre() + " (" + paquet() + "), populations millésime " + millesimePopulationTotale();
  }
}
