package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another passage of the source that states a field differently from the passage retained (two
 * dates of signature, two rules, two counts): the value it gives, as it writes it, and where it
 * says so. Recorded under a SOURCE {@link Provenance}; the field keeps the retained value, so a rule
 * reading it concludes once, and the finding names both passages (at most {@code A_VERIFIER} when it
 * would be negative: see docs/conformite.md « Passages qui divergent »).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePassageDivergent.class)
@JsonDeserialize(as = ImmutablePassageDivergent.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"valeur", "document", "article", "page", "passage"})
public interface PassageDivergent {
  /** The value this passage gives, as the document writes it (e.g. « 8 novembre 2021 »). */
  String valeur();

  /** The document, when it is not the one of the retained passage. */
  Optional<String> document();

  /** The article or section of this passage. */
  Optional<String> article();

  /** The page of this passage. */
  Optional<String> page();

  /** The passage, in the document's words. */
  String passage();

  /** One line for people: « « valeur » selon article, p. 12 : « passage » ». */
  default String enTexte() {
    StringBuilder b = new StringBuilder("« ").append(valeur()).append(" » selon ");
    document().ifPresent(d -> b.append(d).append(", "));
    article().ifPresent(a -> b.append(a).append(", "));
    page().ifPresent(p -> b.append("p. ").append(p).append(", "));
    b.append("« ").append(passage()).append(" »");
    return b.toString();
  }
}
