package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A governance body (steering or technical committee).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstance.class)
@JsonDeserialize(as = ImmutableInstance.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "type", "nom", "frequenceMinimaleParAn", "datesPrevues", "source", "provenance"})
public interface Instance {
  String id();

  TypeInstance type();

  String nom();

  /** Minimum number of meetings a year, when the text sets one. */
  OptionalInt frequenceMinimaleParAn();

  List<LocalDate> datesPrevues();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
