@ValueStyle
package fr.ctg.parametres;

import fr.ctg.model.ValueStyle;
