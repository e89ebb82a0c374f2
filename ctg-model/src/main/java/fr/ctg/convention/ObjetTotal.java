package fr.ctg.convention;

/**
 * What a total stated by the source adds up, so that ctg can recompute it from the elements encoded
 * ({@link TotalDeclare}).
 */
public enum ObjetTotal {
  /** The populations stated for the communes covered ({@code territoire.communes[].populationDeclaree}). */
  POPULATION_COMMUNES,
  /** The full-time equivalents of the cooperation posts ({@code postesCooperation[].etp}). */
  ETP_POSTES_COOPERATION,
  /** The people holding the cooperation posts ({@code postesCooperation[].nombrePersonnes}). */
  PERSONNES_POSTES_COOPERATION;

  /** Whether its {@link TotalDeclare#elements()} name communes (INSEE codes) rather than posts (ids). */
  public boolean porteSurCommunes() {
    return this == POPULATION_COMMUNES;
  }
}
