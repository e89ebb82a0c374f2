package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Evaluation of the convention: its milestones and the indicators it lists that a rule reads.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvaluation.class)
@JsonDeserialize(as = ImmutableEvaluation.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"bilanMiParcours", "bilanFinal", "bilanAnnuelMissionCct", "source", "provenance"})
public interface Evaluation {
  Optional<LocalDate> bilanMiParcours();

  Optional<LocalDate> bilanFinal();

  /**
   * {@code true} when the convention lists, among its evaluation indicators, the annual bilan of the
   * mission of its chargés de coopération territoriale (CCT-BILAN-ANNUEL reads only the conventions
   * that do); empty when it does not say so.
   */
  Optional<Boolean> bilanAnnuelMissionCct();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
