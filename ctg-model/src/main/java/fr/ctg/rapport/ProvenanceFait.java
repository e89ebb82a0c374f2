package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The provenance of one fact of a finding: its nature and, for people, where it comes from (the
 * document, article, page and passage; the registry and its vintage; or the encoder's hypothesis and
 * the document that would settle it).
 *
 * <p>When other passages of the source state the fact differently, {@link #divergences()} names them.
 *
 * <p>Immutable and thread-safe; no field is {@code null}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenanceFait.class)
@JsonDeserialize(as = ImmutableProvenanceFait.class)
@JsonPropertyOrder({"nature", "reference", "divergences"})
public interface ProvenanceFait {
  @Value.Parameter
  NatureProvenance nature();

  /** Where it comes from, in one French sentence. */
  @Value.Parameter
  String reference();

  /**
   * The other passages of the source that state this fact differently, one sentence each
   * (« « valeur » selon article : « passage » »); empty (and absent from the JSON) when the source is
   * consistent.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  java.util.List<String> divergences();

  static ProvenanceFait of(NatureProvenance nature, String reference) {
    return ImmutableProvenanceFait.of(nature, reference);
  }

  /** A SOURCE fact that other passages of the source state differently. */
  static ProvenanceFait of(NatureProvenance nature, String reference, java.util.List<String> divergences) {
    return ImmutableProvenanceFait.of(nature, reference).withDivergences(divergences);
  }
}
