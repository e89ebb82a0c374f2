/**
 * The public API of ctg: {@link fr.ctg.eligibilite.Evaluateur} evaluates the rules for a territory
 * and a date and returns a {@link fr.ctg.rapport.Rapport}. No Drools type appears here.
 */
@ValueStyle
package fr.ctg.eligibilite;

import fr.ctg.model.ValueStyle;
