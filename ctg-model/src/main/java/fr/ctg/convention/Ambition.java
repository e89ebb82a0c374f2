package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ambition (objective, fiche-projet) of the action plan and the SDSF orientations it is linked to.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAmbition.class)
@JsonDeserialize(as = ImmutableAmbition.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "libelle", "orientationsSdsf", "source", "provenance"})
public interface Ambition {
  String id();

  String libelle();

  /** Ids of {@link Convention#sdsf()}; empty when the text links none. */
  List<String> orientationsSdsf();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
