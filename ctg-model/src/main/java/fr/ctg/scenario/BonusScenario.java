package fr.ctg.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A case's request for the bonus territoire and pilotage evaluation of its convention
 * ({@code entree.bonus}): the year, and what the caller knows beyond the convention (every value
 * optional, absent = unknown). Mirrors the inputs of {@code ctg bonus}.
 */
@Value.Immutable
public interface BonusScenario {
  /** Year of the bonus; by default the year of the case's evaluation date. */
  OptionalInt annee();

  /** Imposed envelope, euros; by default the convention's amount of the year before. */
  Optional<BigDecimal> enveloppe();

  /** Weight of an eligible non-EAJE structure whose weight the convention does not declare. */
  Optional<BigDecimal> poidsParDefaut();

  /** Dedicated funds still available for new projects, euros. */
  Optional<BigDecimal> fondsDisponibles();

  /** End of the territory's first CTG (CCT-TRANSITION-CEJ). */
  Optional<LocalDate> dateFinPremiereCtg();

  List<PlacesScenario> placesCofinancees();

  List<ProjetScenario> nouveauxProjets();

  /** PSU places a collectivité co-finances in a year. */
  @Value.Immutable
  interface PlacesScenario {
    String collectivite();

    int annee();

    int places();
  }

  /** A new project on a structure of the convention's equipment annex, named by its id. */
  @Value.Immutable
  interface ProjetScenario {
    String id();

    String nom();

    /** Id of a structure of the convention's equipment annex. */
    String equipement();

    Optional<Boolean> opportuniteAcceptee();

    BigDecimal montantDemande();
  }
}
