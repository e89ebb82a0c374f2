/**
 * Bonus territoire CTG (BT): the facts the BT rules ({@code fr/ctg/regles/bt}) match and insert
 * ({@link fr.ctg.regles.bt.ConventionBonus}, {@link fr.ctg.regles.bt.DecisionBT},
 * {@link fr.ctg.regles.bt.PoidsBT}…), and the arithmetic of the distribution of a year's envelope
 * among the eligible structures of a territory (rule BT-REPARTITION). One package for the concept:
 * the distribution lived in {@code fr.ctg.bt} until issue 16.
 *
 * <p>Decision (issue 4): who is eligible is decided by the rules (BT-ELIGIBILITE, in DRL); how much
 * each eligible structure receives is computed here, by {@link fr.ctg.regles.bt.RepartitionBonus#repartir},
 * a pure and exact function that a rule consequence calls. Keeping the arithmetic in Java lets it be
 * tested by properties (conservation to the cent, order independence, monotonicity) without a rule
 * session. Fondement: seed {@code 003_d0c80c4aeed589fb.txt L5910-5914} ("les répartir directement
 * entre les structures du territoire soutenues par les collectivités locales compétentes").
 */
@ValueStyle
package fr.ctg.regles.bt;

import fr.ctg.model.ValueStyle;
