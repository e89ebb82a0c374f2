package fr.ctg.regles.ao;

import fr.ctg.regles.ParametreEnVigueur;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Fact inserted by the decision table {@code obligations-ao.drl.csv}: obligation {@code obligation}
 * (a rule id such as {@code AO-SCHEMA}) binds {@code titulaire} on the evaluation date. The
 * per-obligation rules then decide whether it is satisfied. Immutable.
 */
public final class ObligationApplicable {
  private final String obligation;
  private final TitulaireAO titulaire;
  private final ParametreEnVigueur seuil;
  private final ParametreEnVigueur dateEffet;

  public ObligationApplicable(String obligation, TitulaireAO titulaire, ParametreEnVigueur seuil,
      ParametreEnVigueur dateEffet) {
    this.obligation = Objects.requireNonNull(obligation);
    this.titulaire = Objects.requireNonNull(titulaire);
    this.seuil = seuil;
    this.dateEffet = Objects.requireNonNull(dateEffet);
  }

  /** The obligation the firing decision-table row stands for (its {@code @id} metadata). */
  public static ObligationApplicable de(RuleContext kcontext, TitulaireAO titulaire,
      ParametreEnVigueur seuil, ParametreEnVigueur dateEffet) {
    Object id = kcontext.getRule().getMetaData().get("id");
    if (id == null) {
      throw new IllegalStateException("la règle " + kcontext.getRule().getName() + " n'a pas de @id");
    }
    return new ObligationApplicable(id.toString(), titulaire, seuil, dateEffet);
  }

  public String obligation() { return obligation; }

  public TitulaireAO titulaire() { return titulaire; }

  /** Shortcut for joins: the holder's INSEE code or SIREN. */
  public String titulaireId() { return titulaire.id(); }

  /** The threshold parameter that made it apply; null for obligations binding every AO. */
  public ParametreEnVigueur seuil() { return seuil; }

  public ParametreEnVigueur dateEffet() { return dateEffet; }

  @Override
  public String toString() {
    return obligation + " → " + titulaire;
  }
}
