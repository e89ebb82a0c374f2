package fr.ctg.parametres;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** The legal text a parameter value comes from. */
@Value.Immutable
public interface Reference {
  /** Citation in words, e.g. {@code CASF art. L.214-1-3 II al. 4}. */
  String texte();

  /** Legifrance (or other official) address, when known. */
  Optional<String> url();

  /** Date of publication of the text, when known. */
  Optional<LocalDate> datePublication();
}
