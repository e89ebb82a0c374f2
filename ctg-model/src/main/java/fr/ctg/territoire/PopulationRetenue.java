package fr.ctg.territoire;

import org.immutables.value.Value;

/**
 * The population totale retained for one commune on one date, with the figures it comes from so
 * a report can show its source and period (or that the bundled source does not state its
 * vintage).
 */
@Value.Immutable
public interface PopulationRetenue {
  String insee();

  /** The population totale retained. */
  long valeur();

  /** The record the value comes from: its source, period and other figures. */
  Population population();

  /** {@code true} when the value comes from a user's override, {@code false} for the bundled figure. */
  boolean surcharge();

  @Value.Check
  default void verifier() {
    if (population().totale().orElse(-1) != valeur()) {
      throw new IllegalArgumentException("valeur différente de la population totale de l'enregistrement");
    }
  }
}
