package fr.ctg.textes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal text (or a family of articles) the rules apply, with its scope as data: the rules that
 * apply it, who it addresses, the parameter that gives its effect date, and where it applies.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableTexte.class)
public interface Texte {
  /** Stable id read by the rules, e.g. {@code casf-ao}. */
  String id();

  /** Title and articles as a user cites them: "Code de l'action sociale et des familles, art. L.214-1-3 …". */
  String titre();

  /** Which version: "rédaction issue de la loi n° 2023-1196 du 18 décembre 2023, art. 17". */
  String version();

  Optional<String> url();

  /** Ids of the rules that apply this text. */
  List<String> regles();

  /** Who the text binds, in French, as the text names them. */
  String destinataires();

  /** Name of the dated parameter that gives the effect date (e.g. {@code ao.date_effet}); empty when the text has none of its own. */
  Optional<String> dateEffet();

  /**
   * The territory in words when the text is a document with its own territory (a convention binds
   * the communes it covers); empty for a law, whose territory is {@link #champTerritorial()}.
   */
  Optional<String> territoire();

  /** Where a law applies or not, by collectivity of the registry (empty for a document with its own territory). */
  List<ChampTerritorial> champTerritorial();

  @Value.Check
  default void verifier() {
    if (champTerritorial().isEmpty() && territoire().isEmpty()) {
      throw new IllegalArgumentException("le texte " + id() + " ne dit pas où il s'applique (champTerritorial ou territoire)");
    }
  }

  /** The entry in force on {@code date} that covers {@code collectivite}, if any. */
  default Optional<ChampTerritorial> champ(String collectivite, LocalDate date) {
    for (ChampTerritorial c : champTerritorial()) {
      if (c.enVigueur(date) && c.collectivites().contains(collectivite)) return Optional.of(c);
    }
    return Optional.empty();
  }
}
