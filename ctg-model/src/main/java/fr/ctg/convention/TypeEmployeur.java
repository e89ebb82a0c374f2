package fr.ctg.convention;

/** Kind of employer of a cooperation post. */
public enum TypeEmployeur {
  COMMUNE,
  EPCI,
  SIVOM,
  ASSOCIATION,
  AUTRE
}
