package fr.ctg.parametres;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A legal parameter (OpenFisca style): a dotted name, what it means, its unit and its dated values,
 * each with the legal reference it comes from.
 */
@Value.Immutable
public interface Parametre {
  /** Dotted name, e.g. {@code ao.seuil_rpe}; the first segment is the rule family. */
  String nom();

  String description();

  /** Unit in words: {@code habitants}, {@code euros}, {@code mois}, {@code date}... */
  String unite();

  TypeParametre type();

  /**
   * The values it admits within its type's envelope ({@link TypeParametre#enveloppe()}); a
   * parameter without declared domain admits the whole envelope. Every value of
   * {@link #valeurs()} is in it (checked on construction).
   */
  @Value.Default
  default Domaine domaine() {
    return Domaine.libre();
  }

  /** The values admitted, in words, with the unit: {@code nombre entier de 0 à 100000000 (habitants)}. */
  default String domaineEnTexte() {
    return domaine().enTexte(type()) + " (" + unite() + ")";
  }

  /** Why {@code v} cannot be a value of this parameter (type, envelope, domain), in French; empty if it can. */
  default Optional<String> refus(ValeurParametre v) {
    return domaine().refus(type(), v);
  }

  /**
   * Values sorted by {@code depuis}, no two with the same start. Empty for a parameter the law
   * names but whose value no source publishes (e.g. {@code cct.taux_financement}): it is never in
   * force until a caller supplies a value.
   */
  List<ValeurParametre> valeurs();

  /**
   * The value in force on {@code date}: the one with the latest start on or before it, unless that
   * value has ended ({@code jusquAu} before the date). Empty before the first value.
   */
  default Optional<ValeurParametre> enVigueur(LocalDate date) {
    ValeurParametre retenue = null;
    for (ValeurParametre v : valeurs()) {
      if (!v.depuis().isAfter(date)) {
        retenue = v;
      }
    }
    if (retenue == null || retenue.jusquAu().map(date::isAfter).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(retenue);
  }

  @Value.Check
  default void verifier() {
    List<String> incoherences = domaine().incoherences(type());
    if (!incoherences.isEmpty()) {
      throw new IllegalArgumentException("domaine du paramètre " + nom() + " incohérent : " + String.join(" ; ", incoherences));
    }
    for (ValeurParametre v : valeurs()) {
      Optional<String> refus = refus(v);
      if (refus.isPresent()) {
        throw new IllegalArgumentException("valeur « " + v.enTexte() + " » du paramètre " + nom() + " hors domaine ("
            + domaineEnTexte() + ") : " + refus.get());
      }
    }
    for (int i = 1; i < valeurs().size(); i++) {
      if (!valeurs().get(i).depuis().isAfter(valeurs().get(i - 1).depuis())) {
        throw new IllegalArgumentException(
            "les valeurs du paramètre " + nom() + " doivent avoir des dates de début croissantes et distinctes");
      }
    }
  }

  /** Orders values by start date; used by loaders before building. */
  Comparator<ValeurParametre> PAR_DATE = Comparator.comparing(ValeurParametre::depuis);
}
