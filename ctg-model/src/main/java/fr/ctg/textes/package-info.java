/**
 * The scope of the legal texts the rules apply (document {@code ctg-textes/1}): for each text, the
 * rules that apply it, who it addresses, from when (a parameter name) and where it applies, each
 * territorial entry dated and cited, and saying when it is a reading of ours rather than the letter
 * of a text.
 */
@ValueStyle
package fr.ctg.textes;

import fr.ctg.model.ValueStyle;
