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
 * A party to the convention.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSignataire.class)
@JsonDeserialize(as = ImmutableSignataire.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "type", "nom", "siren", "insee", "representant", "acteAutorisation", "dateSignature", "source", "provenance"})
public interface Signataire {
  /** Identifier unique within the convention, e.g. {@code caf-62}. */
  String id();

  TypeSignataire type();

  String nom();

  Optional<String> siren();

  /** INSEE code, for a commune. */
  Optional<String> insee();

  /** The representative's role (never personal contact data). */
  Optional<String> representant();

  /** The act authorising the representative to sign. */
  Optional<ActeAutorisation> acteAutorisation();

  Optional<LocalDate> dateSignature();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();
}
