package fr.ctg.convention;

/** Kind of party to a convention. */
public enum TypeSignataire {
  CAF,
  MSA,
  DEPARTEMENT,
  EPCI,
  COMMUNE,
  SIVOM,
  AUTRE
}
