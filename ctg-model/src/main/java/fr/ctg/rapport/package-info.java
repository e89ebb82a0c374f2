@ValueStyle
package fr.ctg.rapport;

import fr.ctg.model.ValueStyle;
