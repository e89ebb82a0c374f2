package fr.ctg.regles;

import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.ValeurParametre;
import fr.ctg.rapport.ImmutableParametreLu;
import fr.ctg.rapport.ParametreLu;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Fact: the value of one legal parameter in force on the evaluation date. Rules match it by name
 * ({@code ParametreEnVigueur(nom == "ao.seuil_rpe", $seuil : nombre)}) so that no threshold or date
 * is ever written in a constraint. Exactly one of {@link #nombre()}, {@link #date()} and
 * {@link #texte()} is non-null. Immutable.
 */
public final class ParametreEnVigueur {
  private final String nom;
  private final BigDecimal nombre;
  private final LocalDate date;
  private final String texte;
  private final LocalDate depuis;
  private final String reference;
  private final String url;
  private final String enTexte;

  private ParametreEnVigueur(String nom, ValeurParametre v) {
    this.nom = Objects.requireNonNull(nom);
    this.nombre = v.nombre().orElse(null);
    this.date = v.date().orElse(null);
    this.texte = v.texte().orElse(null);
    this.depuis = v.depuis();
    // the maintainers' citation of a source document made readable (title, article, passage)
    this.reference = SourcesCitees.citer(v.reference().texte());
    this.url = v.reference().url().orElse(null);
    this.enTexte = v.enTexte();
  }

  /** The value of {@code parametre} in force on {@code date}, if any. */
  public static Optional<ParametreEnVigueur> de(Parametre parametre, LocalDate date) {
    return parametre.enVigueur(date).map(v -> new ParametreEnVigueur(parametre.nom(), v));
  }

  public String nom() { return nom; }

  /** The number, for {@code NOMBRE} and {@code MONTANT} parameters; null otherwise. */
  public BigDecimal nombre() { return nombre; }

  /** The date, for {@code DATE} parameters; null otherwise. */
  public LocalDate date() { return date; }

  /** The word, for {@code TEXTE} parameters; null otherwise. */
  public String texte() { return texte; }

  /** Start of the value in force. */
  public LocalDate depuis() { return depuis; }

  public String reference() { return reference; }

  /** Official address of the reference; null when unknown. */
  public String url() { return url; }

  /** Canonical written value ({@code 10000}, {@code 2026-01-01}, {@code totale}). */
  public String enTexte() { return enTexte; }

  /** As reported in {@code Rapport.parametres}. */
  public ParametreLu lu() {
    return ImmutableParametreLu.builder().nom(nom).valeur(enTexte).depuis(depuis).reference(reference)
        .url(Optional.ofNullable(url)).build();
  }

  @Override
  public String toString() {
    return nom + " = " + enTexte + " (depuis le " + depuis + ", " + reference + ")";
  }
}
