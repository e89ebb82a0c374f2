package fr.ctg.ao;

import fr.ctg.territoire.Commune;
import fr.ctg.territoire.Epci;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A commune transfers an AO competence only to a group it belongs to (CASF art. L.214-1-3 III). One
 * check, one message, for every place a transfer enters: a transfers file (against the national
 * registry in force on the transfer's date), a scenario case (against the case's own territory on its
 * date) and the API's fact assembly (against the territory evaluated, the last line of defence).
 */
public final class TransfertHorsGroupement {
  private TransfertHorsGroupement() {}

  /**
   * Why transfer {@code t} is impossible on {@code date}, if it is: its beneficiary is an EPCI that
   * {@code epcis} knows, its commune one that {@code communes} knows, and the commune is not one of
   * the EPCI's members. A beneficiary {@code epcis} does not know (a syndicat mixte) or an unknown
   * commune cannot be checked here and gives empty.
   *
   * @param communes the territory's communes by INSEE code
   * @param epcis the territory's EPCI by SIREN
   * @param referentiel how the message names the territory (e.g. {@code "registre 2025"}); empty: not named
   * @return the French reason, naming the commune, the competences, the beneficiary, the date, the
   *     article and the group the commune belongs to
   */
  public static Optional<String> motif(TransfertCompetence t, LocalDate date, Function<String, Optional<Commune>> communes,
      Function<String, Optional<Epci>> epcis, Optional<String> referentiel) {
    Optional<Epci> groupe = epcis.apply(t.beneficiaire());
    Optional<Commune> commune = communes.apply(t.commune());
    if (groupe.isEmpty() || commune.isEmpty() || groupe.get().membres().contains(t.commune())) return Optional.empty();
    String appartenance = commune.get().epci().isEmpty() ? " ; elle n'est membre d'aucun EPCI"
        : commune.get().epci().flatMap(epcis).map(e -> " ; elle est membre de " + e.nom() + " (" + e.siren() + ")").orElse("");
    return Optional.of("la commune " + commune.get().nom() + " (" + t.commune() + ") ne peut pas transférer "
        + t.competences().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
        + " à " + groupe.get().nom() + " (" + t.beneficiaire() + ") : elle n'en est pas membre le " + date
        + referentiel.map(r -> " (" + r + ")").orElse("")
        + " ; une commune ne transfère une compétence qu'à un groupement dont elle est membre (CASF art. L.214-1-3 III)"
        + appartenance);
  }
}
