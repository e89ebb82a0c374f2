/**
 * A Convention Territoriale Globale as a value: the {@code ctg-convention/1} document format.
 * Immutable, Jackson-mappable (YAML for people, JSON for programs).
 */
@ValueStyle
package fr.ctg.convention;

import fr.ctg.model.ValueStyle;
