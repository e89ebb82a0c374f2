package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The territory a convention covers: the signatory EPCI, if any, and the communes listed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTerritoireConvention.class)
@JsonDeserialize(as = ImmutableTerritoireConvention.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"epci", "departement", "nombreCommunesDeclare", "communes", "source", "provenance"})
public interface TerritoireConvention {
  /** SIREN of the signatory EPCI. */
  Optional<String> epci();

  /** Code of the département, e.g. {@code 62}, {@code 2A}, {@code 971}. */
  String departement();

  /** The number of communes the text states, when it states one. */
  OptionalInt nombreCommunesDeclare();

  /** Communes covered, each INSEE code once. */
  List<CommuneCouverte> communes();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
