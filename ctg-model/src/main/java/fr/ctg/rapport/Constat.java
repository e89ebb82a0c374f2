package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A finding: what one rule concluded about one subject on the evaluation date, why, and on which
 * legal basis. {@code regle}, {@code sujet.type}, {@code sujet.id} and {@code statut} are stable.
 *
 * <p>Immutable and thread-safe; no field is {@code null} (absent values are {@link java.util.Optional}s). Figures in {@code faits}: amounts in euros with 2 decimals ({@link java.math.BigDecimal} scale 2), populations in inhabitants, dates {@code yyyy-MM-dd}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConstat.class)
@JsonDeserialize(as = ImmutableConstat.class)
@JsonPropertyOrder({"regle", "sujet", "statut", "message", "fondement", "faits", "provenance", "explication"})
public interface Constat {
  /** Rule id, e.g. {@code AO-RPE}. */
  String regle();

  Sujet sujet();

  Statut statut();

  /** One French sentence a person can act on. */
  String message();

  List<Fondement> fondement();

  /** The facts the conclusion rests on, by name, sorted by name. Values are strings, numbers or booleans. */
  Map<String, Object> faits();

  /**
   * Where the facts of the conclusion come from, by fact name, sorted by name: SOURCE, REGISTRE or
   * HYPOTHESE, with the reference. Empty (and left out of JSON) when no fact has a known provenance.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, ProvenanceFait> provenance();

  /** Ordered steps: facts matched, parameters read with their dates, conclusion. */
  List<String> explication();

  /** Report order: by rule id, then subject id, then subject type, then statut, then message. */
  Comparator<Constat> ORDRE = Constat::comparer;

  /**
   * {@link #ORDRE}, written out (rule id, subject id, subject type, statut, then message) rather than
   * as a chain of comparators: national reports sort and check about 80 000 findings.
   */
  private static int comparer(Constat a, Constat b) {
    // The findings of one rule share the id string read from its metadata: compare only when not.
    int c = a.regle() == b.regle() ? 0 : a.regle().compareTo(b.regle());
    if (c != 0) return c;
    c = a.sujet() == b.sujet() ? 0 : a.sujet().id().compareTo(b.sujet().id());
    if (c != 0) return c;
    c = a.sujet().type().compareTo(b.sujet().type());
    if (c != 0) return c;
    c = a.statut().compareTo(b.statut());
    if (c != 0) return c;
    return a.message().compareTo(b.message());
  }
}
