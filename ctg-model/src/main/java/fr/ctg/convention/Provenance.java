package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import fr.ctg.rapport.NatureProvenance;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one field of a convention element comes from: exactly one of
 * <ul>
 *   <li>{@code document} (SOURCE: the document says it; with its article, page and the passage quoted
 *       in its own words),</li>
 *   <li>{@code registre} (REGISTRE: assembled from the national registry; the vintage, e.g.
 *       {@code découpage administratif 2023}),</li>
 *   <li>{@code hypothese} (HYPOTHESE: an encoder's reading, with the sentence of the source that
 *       justifies it; {@code aConfirmerPar} names the document that would settle it).</li>
 * </ul>
 * A SOURCE may list {@code divergences}: the other passages of the source that state the field
 * differently ({@link PassageDivergent}); the field keeps the value of the passage retained.
 * A field written without a provenance is what the document states, without a quoted passage. A
 * rule concludes {@code NON_SATISFAIT} or {@code INELIGIBLE} only from facts that are not
 * hypotheses; see docs/conformite.md « Provenance des faits ».
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"document", "article", "page", "passage", "divergences", "registre", "hypothese", "aConfirmerPar"})
public interface Provenance {
  /** SOURCE: the document, by its title (e.g. « CTG de la CC du Ternois 2023-2027 »). */
  Optional<String> document();

  /** SOURCE: the article or section, e.g. « article 7 ». */
  Optional<String> article();

  /** SOURCE: the page, e.g. {@code 12} or {@code 12-13}. */
  Optional<String> page();

  /** SOURCE: the passage the fact is read from, in the document's words. */
  Optional<String> passage();

  /**
   * SOURCE: the other passages of the source that state this field differently, each with the value
   * it gives; empty when the source is consistent.
   */
  List<PassageDivergent> divergences();

  /** REGISTRE: the registry and its vintage the fact was assembled from. */
  Optional<String> registre();

  /** HYPOTHESE: the encoder's reading and the sentence that justifies it. */
  Optional<String> hypothese();

  /** HYPOTHESE: the document that would settle it (e.g. « l'avenant signé et daté »). */
  Optional<String> aConfirmerPar();

  /** SOURCE, REGISTRE or HYPOTHESE, from the field given. */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  default NatureProvenance nature() {
    if (hypothese().isPresent()) return NatureProvenance.HYPOTHESE;
    if (registre().isPresent()) return NatureProvenance.REGISTRE;
    return NatureProvenance.SOURCE;
  }

  @Value.Check
  default void verifier() {
    int natures = (document().isPresent() ? 1 : 0) + (registre().isPresent() ? 1 : 0) + (hypothese().isPresent() ? 1 : 0);
    if (natures != 1) {
      throw new IllegalArgumentException("provenance : exactement un de document, registre, hypothese attendu");
    }
    if (document().isEmpty() && (article().isPresent() || page().isPresent() || passage().isPresent())) {
      throw new IllegalArgumentException("provenance : article, page et passage accompagnent un document");
    }
    if (document().isEmpty() && !divergences().isEmpty()) {
      throw new IllegalArgumentException("provenance : divergences accompagne un document (le passage retenu)");
    }
    if (hypothese().isEmpty() && aConfirmerPar().isPresent()) {
      throw new IllegalArgumentException("provenance : aConfirmerPar accompagne une hypothese");
    }
  }

  /** One line for people: « SOURCE : titre, article, p. 12 : « passage » », « HYPOTHESE : … ». */
  default String enTexte() {
    StringBuilder b = new StringBuilder();
    switch (nature()) {
      case HYPOTHESE:
        b.append("hypothèse d'encodage : ").append(hypothese().get());
        aConfirmerPar().ifPresent(a -> b.append(" ; à confirmer par ").append(a));
        break;
      case REGISTRE:
        b.append("registre : ").append(registre().get());
        break;
      default:
        b.append(document().get());
        article().ifPresent(a -> b.append(", ").append(a));
        page().ifPresent(p -> b.append(", p. ").append(p));
        passage().ifPresent(p -> b.append(" : « ").append(p).append(" »"));
    }
    return b.toString();
  }
}
