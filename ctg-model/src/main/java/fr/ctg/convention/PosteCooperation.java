package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A chargé de coopération territoriale post (pilotage funding).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePosteCooperation.class)
@JsonDeserialize(as = ImmutablePosteCooperation.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "employeur", "typeEmployeur", "nomEmployeur", "etp", "nombrePersonnes", "origineCej", "missionsConformesReferentiel", "dateEvolutionCct", "coutAnnuel", "bilansAnnuels", "source", "provenance"})
public interface PosteCooperation {
  String id();

  /** INSEE code, SIREN, or a name for an association. */
  String employeur();

  TypeEmployeur typeEmployeur();

  String nomEmployeur();

  /** Full-time equivalent of the post, summed over its holders: in ]0, {@link #nombrePersonnes()}]. */
  BigDecimal etp();

  /** How many people hold the post (a table line of a source may group several); 1 when not stated. */
  @Value.Default
  default int nombrePersonnes() {
    return 1;
  }

  /** Whether the post comes from a Contrat Enfance Jeunesse coordination post. */
  Optional<Boolean> origineCej();

  Optional<Boolean> missionsConformesReferentiel();

  /** When a former CEJ post evolved into a CCT post. */
  Optional<LocalDate> dateEvolutionCct();

  /** Euros per year for this post, two decimals. */
  Optional<BigDecimal> coutAnnuel();

  /** Years with an annual report of the mission. */
  List<Integer> bilansAnnuels();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();

  /** Money is kept in euros with exactly two decimals. */
  @Value.Check
  default PosteCooperation normaliser() {
    if (coutAnnuel().map(m -> m.scale() == 2).orElse(true)) {
      return this;
    }
    return ImmutablePosteCooperation.copyOf(this).withCoutAnnuel(coutAnnuel().get().setScale(2, RoundingMode.UNNECESSARY));
  }
}
