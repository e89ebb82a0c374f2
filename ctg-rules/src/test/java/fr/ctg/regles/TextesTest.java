package fr.ctg.regles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The French renderings of numbers in messages. */
class TextesTest {
  @Test
  void groupsThreeDigitsWithASpace() {
    assertEquals("0", Textes.nombre(0L));
    assertEquals("875", Textes.nombre(875L));
    assertEquals("3 500", Textes.nombre(3500L));
    assertEquals("25 679", Textes.nombre(25679L));
    assertEquals("278 431", Textes.nombre(278431L));
    assertEquals("2 133 111", Textes.nombre(2133111L));
    assertEquals("-1 234", Textes.nombre(-1234L));
    assertEquals("-999", Textes.nombre(-999L));
  }

  /** Written by hand for speed, it must write what the JDK's formatter writes with the same symbols. */
  @Property
  void writesWhatDecimalFormatWrites(@ForAll long n) {
    DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    s.setGroupingSeparator(' ');
    s.setMinusSign('-');
    DecimalFormat f = new DecimalFormat("#,##0", s);
    assertEquals(f.format(n), Textes.nombre(n));
    assertEquals(f.format(n), Textes.nombre(BigDecimal.valueOf(n)));
  }
}
