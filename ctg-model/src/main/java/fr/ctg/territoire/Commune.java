package fr.ctg.territoire;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A current French commune as the national registry knows it.
 *
 * <p>{@code population} is the figure of the registry's year (see the provenance note of the
 * registry); it is absent or partial when the source does not give it: the communes outside any
 * EPCI have only a population municipale in the source, never an invented total.
 */
@Value.Immutable
public interface Commune {
  /** INSEE code, 5 characters (e.g. {@code 62119}, {@code 2A004}). */
  String insee();

  /**
   * SIREN of the commune, 9 digits; absent when the source does not give it (94 communes of the
   * collectivités d'outre-mer: Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, TAAF,
   * Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie, Clipperton).
   */
  Optional<String> siren();

  String nom();

  /** Code of the département (e.g. {@code 62}, {@code 2A}, {@code 971}). */
  String departement();

  /** Code of the région. */
  String region();

  /** SIREN of the EPCI à fiscalité propre the commune belongs to, if any. */
  Optional<String> epci();

  /**
   * Bundled population figures, if the source gives any. For a member of an EPCI: municipale and
   * totale (a consistent pair, comptée à part = totale − municipale); for a commune outside any
   * EPCI: municipale alone. {@link Population#source()} names the release and the census vintage.
   */
  Optional<Population> population();
}
