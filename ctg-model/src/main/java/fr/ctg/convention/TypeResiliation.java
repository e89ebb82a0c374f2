package fr.ctg.convention;

/** Ground of termination (seed 000_6ba50e68de7cb4c5.txt L1052-1098). */
public enum TypeResiliation {
  /** Manquement d'une partie : effet un mois après une mise en demeure restée sans réponse. */
  MANQUEMENT,
  /** Résiliation unilatérale : effet après un préavis de six mois. */
  UNILATERALE,
  /** Modification sans avenant : résiliation immédiate par la CAF. */
  MODIFICATION_SANS_AVENANT
}
