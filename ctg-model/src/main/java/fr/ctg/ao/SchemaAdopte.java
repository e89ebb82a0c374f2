package fr.ctg.ao;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A schéma pluriannuel de maintien et de développement de l'offre d'accueil du jeune enfant adopted
 * by an AO (CASF L.214-2), as far as the AO rules need it. It is sent to the comité départemental
 * des services aux familles with its intermediate and final assessments (L.214-2 II; seed
 * {@code 004_6fa37c30264637ed.txt} L448).
 */
@Value.Immutable
public interface SchemaAdopte {
  /** The AO that adopted it: INSEE code of a commune or SIREN of an EPCI/syndicat. */
  String titulaire();

  LocalDate dateAdoption();

  /** Date it was sent to the CDSF, when known. */
  Optional<LocalDate> dateTransmissionCdsf();

  Optional<Boolean> bilanIntermediaireTransmis();

  Optional<Boolean> bilanFinalTransmis();

  Optional<String> source();
}
