package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A commune covered by a convention, as the convention lists it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommuneCouverte.class)
@JsonDeserialize(as = ImmutableCommuneCouverte.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"insee", "nom", "populationDeclaree", "millesimePopulation", "source", "provenance"})
public interface CommuneCouverte {
  /** INSEE code, 5 characters. */
  String insee();

  String nom();

  /** The population the convention states (not the legal population of the registry). */
  OptionalLong populationDeclaree();

  /** Vintage of the stated population, when the text gives it. */
  OptionalInt millesimePopulation();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
