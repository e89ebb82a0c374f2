package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The findings of one evaluation, sorted ({@link Constat#ORDRE}) so that the same inputs give a
 * byte-identical report. Immutable and safe to share.
 *
 * <p>No field is {@code null} (absent values are {@link java.util.Optional}s, lists may be empty); {@code dateEvaluation} is a {@link java.time.LocalDate}; generated implementation {@code ImmutableRapport}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRapport.class)
@JsonDeserialize(as = ImmutableRapport.class)
@JsonPropertyOrder({"schema", "dateEvaluation", "convention", "regles", "territoire", "parametres", "textesCites", "constats", "resume"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface Rapport {
  String SCHEMA = "ctg-rapport/1";

  @Value.Default
  default String schema() {
    return SCHEMA;
  }

  LocalDate dateEvaluation();

  /** Id of the evaluated convention, when the evaluation was of a convention. */
  Optional<String> convention();

  ReglesUtilisees regles();

  /**
   * The year of the national registry the evaluation used, with its census vintage; absent when the
   * caller supplied its own territory.
   */
  Optional<TerritoireUtilise> territoire();

  /** The parameter values read during the evaluation, sorted by name. */
  List<ParametreLu> parametres();

  /**
   * The legal texts the findings cite (their fondements and the references of the parameters read), each
   * with the version that applies at {@link #dateEvaluation()}; articles first by number, then laws and
   * decrees. Empty in a report built without them.
   */
  List<TexteCite> textesCites();

  List<Constat> constats();

  /** Number of findings per statut, in the statut order; statuts with no finding are left out. */
  @Value.Derived
  default Map<Statut, Integer> resume() {
    int[] parStatut = new int[Statut.values().length];
    for (Constat c : constats()) {
      parStatut[c.statut().ordinal()]++;
    }
    Map<Statut, Integer> resume = new EnumMap<>(Statut.class);
    for (Statut s : Statut.values()) {
      if (parStatut[s.ordinal()] > 0) resume.put(s, parStatut[s.ordinal()]);
    }
    return resume;
  }

  @Value.Check
  default void verifierOrdre() {
    List<Constat> constats = constats();
    for (int i = 1; i < constats.size(); i++) {
      if (Constat.ORDRE.compare(constats.get(i - 1), constats.get(i)) > 0) {
        throw new IllegalStateException("les constats d'un rapport doivent être triés (Constat.ORDRE)");
      }
    }
  }
}
