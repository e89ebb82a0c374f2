package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A parameter value a rule read, with the date it has been in force since and its reference. */
@Value.Immutable
@JsonSerialize(as = ImmutableParametreLu.class)
@JsonDeserialize(as = ImmutableParametreLu.class)
@JsonPropertyOrder({"nom", "valeur", "depuis", "reference", "url"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface ParametreLu {
  String nom();

  /** Canonical written value: {@code 10000}, {@code 2026-01-01}, {@code totale}. */
  String valeur();

  LocalDate depuis();

  String reference();

  Optional<String> url();
}
