package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A legal basis of a finding: the text cited and, when known, its official address. */
@Value.Immutable
@JsonSerialize(as = ImmutableFondement.class)
@JsonDeserialize(as = ImmutableFondement.class)
@JsonPropertyOrder({"texte", "url"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface Fondement {
  @Value.Parameter
  String texte();

  @Value.Parameter
  Optional<String> url();

  static Fondement of(String texte, Optional<String> url) {
    return ImmutableFondement.of(texte, url);
  }
}
