package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amendment to the convention.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAvenant.class)
@JsonDeserialize(as = ImmutableAvenant.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "date", "objet", "clausesModifiees", "annexesModifiees", "signataires", "source", "provenance"})
public interface Avenant {
  String id();

  /**
   * Date of the avenant; empty for a blank template (the date left to fill in): a template does not
   * change the convention.
   */
  Optional<LocalDate> date();

  String objet();

  List<String> clausesModifiees();

  List<String> annexesModifiees();

  /** Ids of {@link Convention#signataires()} who signed it. */
  List<String> signataires();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
