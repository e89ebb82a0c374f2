package fr.ctg.ao;

/**
 * The items a CTG must contain to stand in for the schéma pluriannuel de maintien et de
 * développement de l'offre d'accueil du jeune enfant (CASF L.214-2 III; décret 2025-253,
 * art. D.214-10-1; seed {@code 004_6fa37c30264637ed.txt} L349-351).
 */
public enum ElementSchema {
  /** Le diagnostic des besoins. */
  DIAGNOSTIC_BESOINS,
  /** La liste des équipements et services soutenus par chaque collectivité exerçant une compétence d'AO. */
  LISTE_EQUIPEMENTS,
  /** Le plan d'actions. */
  PLAN_ACTION,
  /** Les modalités de concertation, les partenariats et les ressources de coopération et d'ingénierie. */
  CONCERTATION_INGENIERIE,
  /** Les indicateurs de suivi et d'évaluation. */
  INDICATEURS_SUIVI
}
