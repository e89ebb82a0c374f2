package fr.ctg.convention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Convention Territoriale Globale as written: parties, period, territory, action plan, equipment,
 * cooperation posts, governance, amendments. Read it with {@code fr.ctg.document.DocumentReader}; the
 * file format is {@code ctg-convention/1} ({@code fr/ctg/schemas/convention.schema.json}).
 *
 * <p>The value holds what the text says and nothing more: unknown facts are empty, lists default to
 * empty. Conformity (CONV-* rules) is decided by the rules, not here.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConvention.class)
@JsonDeserialize(as = ImmutableConvention.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"schema", "id", "titre", "source", "dateDebut", "dateFin", "dateSignature", "renouvellementExpres", "territoire", "signataires", "annexes", "annexesAnnoncees", "sdsf", "enjeux", "equipements", "bonusTerritoire", "dateLimiteEngagement", "formuleDateLimiteEngagement", "engagements", "postesCooperation", "gouvernance", "tientLieuDeSchema", "avenants", "resiliation", "totauxDeclares", "provenance"})
public interface Convention {
  /** Format of the document: always {@link #SCHEMA}. */
  @Value.Default
  default String schema() {
    return SCHEMA;
  }

  /** Slug, e.g. {@code cabbalr-2026-2030}. */
  String id();

  String titre();

  /** Where the element comes from, e.g. {@code 000_6ba50e68de7cb4c5.txt L3005-3100}. */
  Optional<String> source();

  /**
   * Provenance of this element's fields, by field name (SOURCE with its passage, REGISTRE,
   * HYPOTHESE); a field without one is what the document states.
   */
  Map<String, Provenance> provenance();

  /** First day in force (inclusive). */
  LocalDate dateDebut();

  /** Last day in force (inclusive). */
  LocalDate dateFin();

  Optional<LocalDate> dateSignature();

  /** {@code true} only if the text renews it expressly; empty when silent. */
  Optional<Boolean> renouvellementExpres();

  TerritoireConvention territoire();

  List<Signataire> signataires();

  /** The annexes present. */
  List<Annexe> annexes();

  /**
   * The annexes the convention announces in its own words (its object article, its table of
   * contents): the only ones expected of it; an annex it does not announce is not missing.
   */
  List<Annexe> annexesAnnoncees();

  /** Orientations of the departmental schemes in force, when the text lists them. */
  List<OrientationSdsf> sdsf();

  List<Enjeu> enjeux();

  List<Equipement> equipements();

  /** Bonus territoire amounts booked or paid, by year. */
  List<MontantBonus> bonusTerritoire();

  /**
   * Deadline for the engagement of communes and SIVOM, the date as the text writes it; inclusive
   * unless {@link #formuleDateLimiteEngagement()} says « avant le ».
   */
  Optional<LocalDate> dateLimiteEngagement();

  /**
   * How the text words the deadline: {@code AVANT_LE} (« avant le … », the day named excluded) or
   * {@code AU_PLUS_TARD_LE} (« au plus tard le … », included); empty: included, as before.
   */
  Optional<FormuleEcheance> formuleDateLimiteEngagement();

  List<Engagement> engagements();

  List<PosteCooperation> postesCooperation();

  Optional<Gouvernance> gouvernance();

  /** Present when the CTG claims to stand in for the schéma pluriannuel (CASF L.214-2 III). */
  Optional<TientLieuDeSchema> tientLieuDeSchema();

  List<Avenant> avenants();

  Optional<Resiliation> resiliation();

  /**
   * Totals the source states next to their parts (population of the territory, ETP and people of
   * the cooperation posts), recomputed from the elements by the CONV-COHERENCE rules.
   */
  List<TotalDeclare> totauxDeclares();

  /** The {@code schema} value of a convention document. */
  String SCHEMA = "ctg-convention/1";

  @Value.Check
  default void verifierSchema() {
    if (!SCHEMA.equals(schema())) {
      throw new IllegalArgumentException("schema d'une convention : " + SCHEMA + " attendu, " + schema() + " trouvé");
    }
  }
}
