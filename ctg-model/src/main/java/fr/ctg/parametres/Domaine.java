package fr.ctg.parametres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The values a parameter admits within its {@link TypeParametre}'s envelope: for {@code NOMBRE} and
 * {@code MONTANT} a minimum, a maximum and (for {@code NOMBRE}) the decimals allowed; for
 * {@code DATE} the first and last dates; for {@code TEXTE} the closed list of words. What a domain
 * leaves out is bounded by the envelope. Written in a parameter file as {@code domaine: {min: 0,
 * max: 100000000, decimales: 0}}, {@code domaine: {min: 2000-01-01, max: 2100-12-31}} or
 * {@code domaine: {valeurs: [totale, municipale]}}.
 */
@Value.Immutable
public interface Domaine {
  /** Smallest number admitted (inclusive). */
  Optional<BigDecimal> min();

  /** Largest number admitted (inclusive). */
  Optional<BigDecimal> max();

  /** Most decimals admitted: 0 for a population or a count of months. */
  Optional<Integer> decimales();

  /** First date admitted (inclusive). */
  Optional<LocalDate> dateMin();

  /** Last date admitted (inclusive). */
  Optional<LocalDate> dateMax();

  /** The words admitted; empty: any text. */
  List<String> valeurs();

  /** The domain with no bound of its own: only the type's envelope applies. */
  static Domaine libre() {
    return ImmutableDomaine.builder().build();
  }

  /**
   * Why this domain cannot belong to a parameter of type {@code type} (bounds of another type,
   * bounds outside the envelope, minimum above maximum), in French; empty when it can.
   */
  default List<String> incoherences(TypeParametre type) {
    List<String> out = new ArrayList<>();
    boolean nombre = type == TypeParametre.NOMBRE || type == TypeParametre.MONTANT;
    if (!nombre && (min().isPresent() || max().isPresent())) {
      out.add("min et max numériques réservés aux types NOMBRE et MONTANT");
    }
    if (type != TypeParametre.NOMBRE && decimales().isPresent()) {
      out.add("decimales réservé au type NOMBRE (un MONTANT a toujours 2 décimales)");
    }
    if (type != TypeParametre.DATE && (dateMin().isPresent() || dateMax().isPresent())) {
      out.add("dates minimale et maximale réservées au type DATE");
    }
    if (type != TypeParametre.TEXTE && !valeurs().isEmpty()) {
      out.add("valeurs admises réservées au type TEXTE");
    }
    Domaine e = type.enveloppe();
    for (Optional<BigDecimal> borne : List.of(min(), max())) {
      if (nombre && borne.isPresent() && (borne.get().compareTo(e.min().get()) < 0 || borne.get().compareTo(e.max().get()) > 0)) {
        out.add("borne " + borne.get().toPlainString() + " hors de l'enveloppe du type " + type + " ("
            + e.enTexte(type) + ")");
      }
    }
    if (min().isPresent() && max().isPresent() && min().get().compareTo(max().get()) > 0) {
      out.add("min (" + min().get().toPlainString() + ") supérieur à max (" + max().get().toPlainString() + ")");
    }
    if (decimales().isPresent() && (decimales().get() < 0 || decimales().get() > TypeParametre.DECIMALES_MAX)) {
      out.add("decimales de 0 à " + TypeParametre.DECIMALES_MAX + " attendu");
    }
    for (Optional<LocalDate> borne : List.of(dateMin(), dateMax())) {
      if (type == TypeParametre.DATE && borne.isPresent()
          && (borne.get().isBefore(TypeParametre.DATE_MIN) || borne.get().isAfter(TypeParametre.DATE_MAX))) {
        out.add("date " + borne.get() + " hors de l'enveloppe du type DATE (" + e.enTexte(type) + ")");
      }
    }
    if (dateMin().isPresent() && dateMax().isPresent() && dateMin().get().isAfter(dateMax().get())) {
      out.add("date minimale (" + dateMin().get() + ") après la date maximale (" + dateMax().get() + ")");
    }
    return out;
  }

  /**
   * Whether {@code v} is admitted by this domain and by the envelope of {@code type}: empty if it
   * is, otherwise the reason in French (which bound it crosses).
   */
  default Optional<String> refus(TypeParametre type, ValeurParametre v) {
    Domaine e = type.enveloppe();
    switch (type) {
      case NOMBRE:
      case MONTANT: {
        if (v.nombre().isEmpty()) return Optional.of("un nombre est attendu");
        BigDecimal n = v.nombre().get();
        BigDecimal bas = plusGrand(e.min().get(), min());
        BigDecimal haut = plusPetit(e.max().get(), max());
        int dec = Math.min(e.decimales().get(), decimales().orElse(Integer.MAX_VALUE));
        if (n.compareTo(bas) < 0) return Optional.of("inférieur au minimum " + bas.toPlainString());
        if (n.compareTo(haut) > 0) return Optional.of("supérieur au maximum " + haut.toPlainString());
        if (Math.max(0, n.stripTrailingZeros().scale()) > dec) {
          return Optional.of(dec == 0 ? "un nombre entier est attendu" : "au plus " + dec + " décimale(s)");
        }
        return Optional.empty();
      }
      case DATE: {
        if (v.date().isEmpty()) return Optional.of("une date est attendue");
        LocalDate d = v.date().get();
        LocalDate bas = dateMin().filter(x -> x.isAfter(e.dateMin().get())).orElse(e.dateMin().get());
        LocalDate haut = dateMax().filter(x -> x.isBefore(e.dateMax().get())).orElse(e.dateMax().get());
        if (d.isBefore(bas)) return Optional.of("antérieure au " + bas);
        if (d.isAfter(haut)) return Optional.of("postérieure au " + haut);
        return Optional.empty();
      }
      default: {
        if (v.texte().isEmpty()) return Optional.of("un texte est attendu");
        String t = v.texte().get();
        if (t.isEmpty() || t.length() > TypeParametre.TEXTE_MAX) {
          return Optional.of("de 1 à " + TypeParametre.TEXTE_MAX + " caractères attendus");
        }
        if (!valeurs().isEmpty() && !valeurs().contains(t)) {
          return Optional.of("valeur hors de la liste admise");
        }
        return Optional.empty();
      }
    }
  }

  /**
   * The values admitted, in words, envelope included: {@code nombre entier de 0 à 100000000},
   * {@code montant de 0.00 à 1000000.00 euros}, {@code date du 2000-01-01 au 2100-12-31},
   * {@code un de : totale, municipale}.
   */
  default String enTexte(TypeParametre type) {
    Domaine e = type.enveloppe();
    switch (type) {
      case NOMBRE: {
        int dec = Math.min(e.decimales().get(), decimales().orElse(Integer.MAX_VALUE));
        return (dec == 0 ? "nombre entier" : "nombre d'au plus " + dec + " décimale(s)") + " de "
            + plusGrand(e.min().get(), min()).toPlainString() + " à " + plusPetit(e.max().get(), max()).toPlainString();
      }
      case MONTANT:
        return "montant en euros (centimes) de " + plusGrand(e.min().get(), min()).setScale(2).toPlainString()
            + " à " + plusPetit(e.max().get(), max()).setScale(2).toPlainString();
      case DATE:
        return "date du " + dateMin().filter(x -> x.isAfter(e.dateMin().get())).orElse(e.dateMin().get())
            + " au " + dateMax().filter(x -> x.isBefore(e.dateMax().get())).orElse(e.dateMax().get());
      default:
        return valeurs().isEmpty() ? "texte de 1 à " + TypeParametre.TEXTE_MAX + " caractères"
            : "un de : " + String.join(", ", valeurs());
    }
  }

  /** Whether every value this domain admits for {@code type} is also admitted by {@code autre}. */
  default boolean inclusDans(Domaine autre, TypeParametre type) {
    Domaine e = type.enveloppe();
    switch (type) {
      case NOMBRE:
      case MONTANT:
        return plusGrand(e.min().get(), min()).compareTo(plusGrand(e.min().get(), autre.min())) >= 0
            && plusPetit(e.max().get(), max()).compareTo(plusPetit(e.max().get(), autre.max())) <= 0
            && decimales().orElse(TypeParametre.DECIMALES_MAX) <= autre.decimales().orElse(TypeParametre.DECIMALES_MAX);
      case DATE:
        return !dateMin().orElse(e.dateMin().get()).isBefore(autre.dateMin().orElse(e.dateMin().get()))
            && !dateMax().orElse(e.dateMax().get()).isAfter(autre.dateMax().orElse(e.dateMax().get()));
      default:
        return autre.valeurs().isEmpty() || (!valeurs().isEmpty() && autre.valeurs().containsAll(valeurs()));
    }
  }

  private static BigDecimal plusGrand(BigDecimal a, Optional<BigDecimal> b) {
    return b.filter(x -> x.compareTo(a) > 0).orElse(a);
  }

  private static BigDecimal plusPetit(BigDecimal a, Optional<BigDecimal> b) {
    return b.filter(x -> x.compareTo(a) < 0).orElse(a);
  }
}
