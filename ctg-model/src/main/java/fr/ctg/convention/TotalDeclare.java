package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A total the source states next to its parts (the TOTAL line of the table of the territory, the
 * total of a table of cooperation posts, « 18.88 ETP, soit 23 personnes »): the value as printed,
 * what it adds up ({@link #objet()}), and, when it adds up only some of the elements (a sub-total),
 * which ones. The CONV-COHERENCE rules recompute it from the elements encoded and report a difference
 * as an AVERTISSEMENT quoting both figures; the source is not corrected.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTotalDeclare.class)
@JsonDeserialize(as = ImmutableTotalDeclare.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "objet", "valeur", "libelle", "elements", "source", "provenance"})
public interface TotalDeclare {
  /** Identifier of the total in the convention, e.g. {@code population-2021}. */
  String id();

  /** What it adds up. */
  ObjetTotal objet();

  /** The total as the source prints it (its number of decimals is the precision it is compared at). */
  BigDecimal valeur();

  /** What the source calls it, e.g. « ligne TOTAL, colonne Population légale totale 2021 ». */
  Optional<String> libelle();

  /**
   * For a sub-total, the elements it adds up: INSEE codes of listed communes for
   * {@link ObjetTotal#POPULATION_COMMUNES}, post ids otherwise; empty: all of them.
   */
  List<String> elements();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L1524}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
