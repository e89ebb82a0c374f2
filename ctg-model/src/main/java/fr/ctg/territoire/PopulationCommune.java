package fr.ctg.territoire;

import org.immutables.value.Value;

/** Population figures of one commune for one period, as given by a user's override file. */
@Value.Immutable
public interface PopulationCommune {
  /** INSEE code of the commune. */
  @Value.Parameter
  String insee();

  @Value.Parameter
  Population population();

  static PopulationCommune of(String insee, Population population) {
    return ImmutablePopulationCommune.of(insee, population);
  }
}
