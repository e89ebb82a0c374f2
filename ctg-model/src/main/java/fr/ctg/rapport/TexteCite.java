package fr.ctg.rapport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal text the findings of a report cite (an article of a code, a law, a decree), with the version
 * of it that applies at the evaluation date: « CASF, art. L.214-1-3, version en vigueur au 30 juin 2026
 * (issue de la loi n° 2023-1196 du 18 décembre 2023, art. 17) ». For an article, {@code enVigueur} says
 * whether a recorded version is in force at the date; {@code depuis}, {@code jusquAu}, {@code issueDe}
 * and {@code lecture} describe that version (or, before the article's entry into force, the first one).
 * For a law or a decree, {@code publication} is its date in the Journal officiel when known. An article
 * ctg has no version of has neither {@code enVigueur} nor {@code depuis}, and its {@code libelle} says so.
 *
 * <p>Immutable and thread-safe; no field is {@code null}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTexteCite.class)
@JsonDeserialize(as = ImmutableTexteCite.class)
@JsonPropertyOrder({"cle", "nature", "citation", "libelle", "enVigueur", "depuis", "jusquAu", "issueDe", "lecture",
    "effetsDifferes", "publication", "url", "regles", "parametres"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface TexteCite {
  /** The key the fondements cite it by: « L.214-1-3 », « loi 2023-1196 », « décret 2025-253 ». */
  String cle();

  /** « article », « loi » or « décret ». */
  String nature();

  /** The text named as a jurist cites it: « CASF, art. L.214-1-3 », « Loi n° 2023-1196 du 18 décembre 2023 … ». */
  String citation();

  /** The citation with its version at the evaluation date, in one French sentence. */
  String libelle();

  Optional<Boolean> enVigueur();

  Optional<LocalDate> depuis();

  Optional<LocalDate> jusquAu();

  Optional<String> issueDe();

  /** True when the version's date or origin is a reading of ctg, not a datum seen in the LEGI data. */
  Optional<Boolean> lecture();

  /** Parts of the article that take effect after the evaluation date: « II, 4e alinéa … : à compter du 1er janvier 2026 ». */
  List<String> effetsDifferes();

  Optional<LocalDate> publication();

  /** The official address (Légifrance), when confirmed. */
  Optional<String> url();

  /** The rule ids whose findings in the report cite it (in their fondement or a parameter they read), sorted. */
  List<String> regles();

  /** The parameters read by the report whose reference cites it, sorted. */
  List<String> parametres();
}
