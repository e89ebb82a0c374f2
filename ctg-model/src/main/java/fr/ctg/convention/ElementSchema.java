package fr.ctg.convention;

/** Required content of the schéma pluriannuel a CTG must contain to stand in for it (CASF L.214-2 III, D.214-10-1; seed 004_6fa37c30264637ed.txt L349-351). */
public enum ElementSchema {
  /** Diagnostic des besoins. */
  DIAGNOSTIC_BESOINS,
  /** Liste des équipements et services soutenus par chaque autorité organisatrice. */
  LISTE_EQUIPEMENTS,
  /** Plan d'action. */
  PLAN_ACTION,
  /** Moyens de concertation, de coopération et d'ingénierie. */
  CONCERTATION_INGENIERIE,
  /** Indicateurs de suivi et d'évaluation. */
  INDICATEURS_SUIVI
}
