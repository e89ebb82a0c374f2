package fr.ctg.territoire;

import java.util.List;
import org.immutables.value.Value;

/** An établissement public de coopération intercommunale à fiscalité propre. */
@Value.Immutable
public interface Epci {
  /** SIREN, 9 digits. */
  String siren();

  String nom();

  /** CA, CC, CU or METRO. */
  NatureEpci nature();

  /** INSEE codes of the member communes, in the registry's order. */
  List<String> membres();
}
