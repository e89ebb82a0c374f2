package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An equipment or service listed in the convention, with who manages and who supports it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEquipement.class)
@JsonDeserialize(as = ImmutableEquipement.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "type", "nom", "commune", "gestionnaire", "collectivitesSoutien", "placesPsu", "poids", "communesCouvertes", "source", "provenance"})
public interface Equipement {
  /** Unique within the convention. */
  String id();

  TypeEquipement type();

  String nom();

  /** INSEE code of its commune. */
  Optional<String> commune();

  Optional<String> gestionnaire();

  /** INSEE codes or SIRENs of the collectivités supporting it. */
  List<String> collectivitesSoutien();

  /** Places financed by the PSU (EAJE). */
  OptionalInt placesPsu();

  /** Declared weight for the bonus territoire distribution (non-EAJE). */
  Optional<BigDecimal> poids();

  /** INSEE codes of the communes an RPE covers. */
  List<String> communesCouvertes();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
