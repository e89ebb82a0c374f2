package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import fr.ctg.ao.ElementSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The convention's claim to stand in for the schéma pluriannuel (CASF L.214-2 III; seed 004_6fa37c30264637ed.txt L229, L345-351).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTientLieuDeSchema.class)
@JsonDeserialize(as = ImmutableTientLieuDeSchema.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"declare", "source", "elements", "provenance"})
public interface TientLieuDeSchema {
  boolean declare();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();

  /** The required elements of the schéma the convention contains. */
  List<ElementSchema> elements();
}
