package fr.ctg.regles.bt;

/** How a condition of eligibility stands for one subject: met, not met, or unknown (fact missing). */
public enum EtatCondition {
  REMPLIE,
  NON_REMPLIE,
  INCONNUE
}
