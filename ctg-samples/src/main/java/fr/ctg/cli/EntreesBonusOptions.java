package fr.ctg.cli;

import fr.ctg.eligibilite.EntreesBonus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What a bonus evaluation takes beyond the convention and the year, shared by {@code ctg bonus} and
 * {@code ctg diff … bonus}: the envelope imposed, the default weight and the end of the first CTG.
 * Invalid values are {@link IllegalArgumentException}s with the option's name, in French.
 */
final class EntreesBonusOptions {
  @Option(names = "--enveloppe", paramLabel = "EUROS",
      description = "Enveloppe imposée, en euros (ex. 3348460.64 ou 3348460,64) ; à défaut, le bonus territoire N-1 de la convention.")
  String enveloppe;

  @Option(names = "--poids-par-defaut", paramLabel = "UNITES",
      description = "Poids donné à une structure éligible hors EAJE dont la convention ne déclare pas de poids "
          + "(les sources ne fixent aucune clé ; sans cette option, elle ne reçoit rien).")
  String poidsParDefaut;

  @Option(names = "--fin-premiere-ctg", paramLabel = "DATE",
      description = "Date de fin (AAAA-MM-JJ) de la première CTG du territoire (transition des postes CEJ).")
  String finPremiereCtg;

  /** The envelope given, if any. */
  Optional<BigDecimal> enveloppe() {
    return enveloppe == null ? Optional.empty() : Optional.of(euros(enveloppe, "--enveloppe"));
  }

  /** The default weight and the end of the first CTG given. */
  EntreesBonus entrees() {
    fr.ctg.eligibilite.ImmutableEntreesBonus.Builder entrees = EntreesBonus.builder();
    if (poidsParDefaut != null) entrees.poidsParDefaut(euros(poidsParDefaut, "--poids-par-defaut"));
    if (finPremiereCtg != null) {
      try {
        entrees.dateFinPremiereCtg(LocalDate.parse(finPremiereCtg));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--fin-premiere-ctg : date invalide « " + finPremiereCtg + " » (attendu AAAA-MM-JJ)");
      }
    }
    return entrees.build();
  }

  /** A non-negative amount with at most 2 decimals; a French decimal comma is accepted. */
  static BigDecimal euros(String texte, String option) {
    BigDecimal v;
    try {
      v = new BigDecimal(texte.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " : nombre invalide « " + texte + " » (ex. 3348460.64)");
    }
    if (v.signum() < 0) {
      throw new IllegalArgumentException(option + " : montant négatif « " + texte + " »");
    }
    if (v.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(option + " : au plus 2 décimales (le centime) « " + texte + " »");
    }
    return v;
  }
}
