package fr.ctg.territoire;

/** Legal nature of an EPCI à fiscalité propre. */
public enum NatureEpci {
  /** Communauté d'agglomération. */
  CA,
  /** Communauté de communes. */
  CC,
  /** Communauté urbaine. */
  CU,
  /** Métropole. */
  METRO
}
