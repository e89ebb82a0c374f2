package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A bonus territoire amount booked or paid for one year, in euros (scale 2).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMontantBonus.class)
@JsonDeserialize(as = ImmutableMontantBonus.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"annee", "montant", "source", "provenance"})
public interface MontantBonus {
  int annee();

  /** Euros, two decimals. */
  BigDecimal montant();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();

  /** Money is kept in euros with exactly two decimals. */
  @Value.Check
  default MontantBonus normaliser() {
    if (montant().scale() == 2) {
      return this;
    }
    return ImmutableMontantBonus.copyOf(this).withMontant(montant().setScale(2, RoundingMode.UNNECESSARY));
  }
}
