package fr.ctg.ao;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A convention territoriale globale as far as the AO rules need it: the communes it covers, its
 * period, whether it claims to stand in for the schéma pluriannuel (seed
 * {@code 004_6fa37c30264637ed.txt} L229, L345) and which of the required items it contains
 * (L349-351). The rules count it only on dates within its period.
 */
@Value.Immutable
public interface CtgEnVigueur {
  /** Convention id, e.g. {@code cabbalr-2026-2030}. */
  String id();

  /** INSEE codes of the covered communes. */
  Set<String> communes();

  LocalDate dateDebut();

  LocalDate dateFin();

  /** Whether the convention says it stands in for the schéma pluriannuel (L.214-2 III). */
  boolean tientLieuDeSchema();

  /** Required items of the schéma the convention contains. */
  Set<ElementSchema> elements();

  /**
   * INSEE codes and SIRENs of the local authorities that signed the convention (CASF L.214-2 III: the
   * CTG stands in for the schéma of its signatory only; seed 004 L229 « la collectivité signataire »).
   * Empty when the source does not list them: the rules then cannot say who is dispensed.
   */
  Set<String> signataires();

  /**
   * Date the convention was signed, when the source gives it: the delay to send it to the CDSF,
   * when it stands in for the schéma, runs from it (the schéma's counterpart of its adoption).
   */
  Optional<LocalDate> dateSignature();

  /** Date the petite-enfance part was sent to the CDSF, when known (seed 004 L508). */
  Optional<LocalDate> dateTransmissionCdsf();

  Optional<String> source();

  default boolean enVigueur(LocalDate date) {
    return !date.isBefore(dateDebut()) && !date.isAfter(dateFin());
  }

  @Value.Check
  default void verifier() {
    if (dateFin().isBefore(dateDebut())) {
      throw new IllegalArgumentException("la CTG " + id() + " finit avant de commencer");
    }
  }
}
