package fr.ctg.convention;

/** Annexes of the national CNAF model a convention may carry (seed 000_6ba50e68de7cb4c5.txt L289-319). */
public enum Annexe {
  /** Diagnostic partagé. */
  DIAGNOSTIC,
  /** Liste des communes couvertes. */
  COMMUNES,
  /** Équipements et services soutenus par chaque collectivité. */
  EQUIPEMENTS,
  /** Plan d'action (enjeux, ambitions, fiches-projet). */
  PLAN_ACTION,
  /** Modalités de gouvernance et de pilotage. */
  GOUVERNANCE,
  /** Référentiel national du chargé de coopération territoriale. */
  REFERENTIEL_CCT,
  /** Schéma de coopération (postes, ETP). */
  SCHEMA_COOPERATION,
  /** Modèles de délibération. */
  MODELES_DELIBERATION,
  /** Glossaire. */
  GLOSSAIRE,
  /** Modèle de fiche d'engagement. */
  FICHE_ENGAGEMENT
}
