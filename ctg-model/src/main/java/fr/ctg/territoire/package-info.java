@ValueStyle
package fr.ctg.territoire;

import fr.ctg.model.ValueStyle;
