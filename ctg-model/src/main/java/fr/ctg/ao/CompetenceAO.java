package fr.ctg.ao;

/**
 * The four competences of the autorité organisatrice de l'accueil du jeune enfant
 * (CASF art. L.214-1-3 I, created by loi 2023-1196 art. 17). A commune may transfer all or part of
 * them to its EPCI or to a syndicat mixte (L.214-1-3 III).
 *
 * <p>The schéma pluriannuel (L.214-2) is the form planning takes above 10 000 inhabitants, and the
 * relais petite enfance (L.214-2-1) serves the quality competence (seed
 * {@code 004_6fa37c30264637ed.txt} L345 and L347): which obligation belongs to which competence is
 * written in the rules' decision table, not here.
 */
public enum CompetenceAO {
  /** 1° Recenser les besoins et les modes d'accueil. */
  RECENSEMENT,
  /** 2° Informer et accompagner les familles. */
  INFORMATION,
  /** 3° Planifier le développement des modes d'accueil. */
  PLANIFICATION,
  /** 4° Soutenir la qualité des modes d'accueil. */
  QUALITE
}
