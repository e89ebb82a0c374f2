package fr.ctg.convention;

/** Kind of governance body. */
public enum TypeInstance {
  /** Comité de pilotage. */
  COPIL,
  /** Comité technique. */
  COTECH,
  AUTRE
}
