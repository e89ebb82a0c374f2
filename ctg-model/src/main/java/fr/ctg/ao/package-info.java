@ValueStyle
package fr.ctg.ao;

import fr.ctg.model.ValueStyle;
