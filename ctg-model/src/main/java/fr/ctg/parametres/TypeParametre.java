package fr.ctg.parametres;

/** What kind of value a parameter holds. */
public enum TypeParametre {
  /** A number (threshold, count, rate, duration in the parameter's unit). */
  NOMBRE,
  /** An amount in euros, scale 2. */
  MONTANT,
  /** A calendar date. */
  DATE,
  /** A word from a closed vocabulary (e.g. {@code totale}). */
  TEXTE
}
