package fr.ctg.convention;

/** Kind of equipment or service. */
public enum TypeEquipement {
  EAJE,
  MICRO_CRECHE,
  RPE,
  LAEP,
  ALSH,
  SEJOUR,
  LUDOTHEQUE,
  BAFA,
  POSTE_COORDINATION,
  CENTRE_SOCIAL,
  EVS,
  AUTRE
}
