package fr.ctg.regles.bt;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Fact, only when the caller asks for it ({@code ctg bonus --poids-par-defaut}): the weight given to
 * an eligible non-EAJE structure whose weight the convention does not declare. The sources fix no
 * distribution key; without this fact such a structure gets nothing and BT-REPARTITION says so.
 */
public final class PoidsParDefaut {
  private final BigDecimal poids;

  public PoidsParDefaut(BigDecimal poids) {
    if (poids.signum() < 0) throw new IllegalArgumentException("poids négatif : " + poids);
    this.poids = poids;
  }

  public BigDecimal poids() { return poids; }
}
