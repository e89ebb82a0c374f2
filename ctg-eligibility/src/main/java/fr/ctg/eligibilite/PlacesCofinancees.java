package fr.ctg.eligibilite;

import org.immutables.value.Value;

/**
 * The number of PSU crèche places a collectivité co-finances in a year (BT-TRAJECTOIRE). Immutable
 * and thread-safe; no field is {@code null}.
 */
@Value.Immutable
public interface PlacesCofinancees {
  /** INSEE code or SIREN of the collectivité. */
  @Value.Parameter
  String collectivite();

  @Value.Parameter
  int annee();

  @Value.Parameter
  int places();

  @Value.Check
  default void verifier() {
    if (places() < 0) throw new IllegalArgumentException("nombre de places négatif pour " + collectivite());
  }

  static PlacesCofinancees of(String collectivite, int annee, int places) {
    return ImmutablePlacesCofinancees.of(collectivite, annee, places);
  }
}
