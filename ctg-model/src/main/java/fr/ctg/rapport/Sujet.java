package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * What a finding is about: a commune, an EPCI or syndicat, a convention, an equipment, a post...
 *
 * <p>Immutable and thread-safe; no field is {@code null}; {@code type} and {@code id} are stable ({@code id}: INSEE code of a commune, SIREN of an EPCI, convention or equipment id).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSujet.class)
@JsonDeserialize(as = ImmutableSujet.class)
@JsonPropertyOrder({"type", "id", "nom"})
public interface Sujet {
  /** Stable kind: {@code commune}, {@code epci}, {@code syndicat}, {@code convention}, {@code equipement}... */
  @Value.Parameter
  String type();

  /** Stable identifier: INSEE code, SIREN, convention id, equipment id. */
  @Value.Parameter
  String id();

  /** Name for people. */
  @Value.Parameter
  String nom();

  static Sujet of(String type, String id, String nom) {
    return ImmutableSujet.of(type, id, nom);
  }
}
