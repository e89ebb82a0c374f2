package fr.ctg.ao;

/**
 * The items the Caf's convention lists for a CTG to stand in for the schéma pluriannuel de maintien et
 * de développement de l'offre d'accueil du jeune enfant (seed {@code 004_6fa37c30264637ed.txt}
 * L349-355): the Caf's requirement, reported as such. The legal content of the schéma, which a CTG
 * must match (CASF L.214-2 III), is the one of art. D.214-10-1 (décret 2025-253), in other terms;
 * ctg does not compare it item by item.
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
