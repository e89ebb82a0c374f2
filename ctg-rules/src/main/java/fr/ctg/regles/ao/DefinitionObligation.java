package fr.ctg.regles.ao;

import fr.ctg.ao.CompetenceAO;
import fr.ctg.regles.ParametreEnVigueur;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Fact inserted by the decision table {@code obligations-ao.drl.csv}, once per obligation and per
 * evaluation: obligation {@code obligation} (a rule id such as {@code AO-RPE}) attaches to AO
 * competence {@code competence}, binds its holders whose population is above the threshold
 * parameter {@code seuil} (none: every holder), and is or is not in force on the evaluation date
 * (parameter {@code dateEffet}). The rules of each obligation join it with the {@link TitulaireAO}s
 * to decide, per holder, the statut. Immutable.
 */
public final class DefinitionObligation {
  private final String obligation;
  private final CompetenceAO competence;
  private final ParametreEnVigueur seuil;
  private final long seuilEntier;
  private final ParametreEnVigueur dateEffet;
  private final boolean enVigueur;
  private final List<ParametreEnVigueur> lus;

  public DefinitionObligation(String obligation, CompetenceAO competence, ParametreEnVigueur seuil,
      ParametreEnVigueur dateEffet, boolean enVigueur) {
    this.obligation = Objects.requireNonNull(obligation);
    this.competence = Objects.requireNonNull(competence);
    this.seuil = seuil;
    this.dateEffet = Objects.requireNonNull(dateEffet);
    this.enVigueur = enVigueur;
    if (seuil != null) {
      if (seuil.nombre() == null) {
        throw new IllegalStateException("le seuil " + seuil.nom() + " de " + obligation + " doit être un nombre");
      }
      // Populations are whole numbers: p > s ⇔ p > ⌊s⌋, so the join compares long to long.
      this.seuilEntier = seuil.nombre().setScale(0, RoundingMode.FLOOR).longValueExact();
      this.lus = List.of(seuil, dateEffet);
    } else {
      this.seuilEntier = 0;
      this.lus = List.of(dateEffet);
    }
  }

  /** The definition the firing decision-table row stands for (its {@code @id} metadata). */
  public static DefinitionObligation de(RuleContext kcontext, CompetenceAO competence,
      ParametreEnVigueur seuil, ParametreEnVigueur dateEffet, boolean enVigueur) {
    Object id = kcontext.getRule().getMetaData().get("id");
    if (id == null) {
      throw new IllegalStateException("la règle " + kcontext.getRule().getName() + " n'a pas de @id");
    }
    return new DefinitionObligation(id.toString(), competence, seuil, dateEffet, enVigueur);
  }

  public String obligation() { return obligation; }

  /** The AO competence (1° to 4°) whose holders the obligation binds. */
  public CompetenceAO competence() { return competence; }

  /** Whether a population threshold applies. */
  public boolean avecSeuil() { return seuil != null; }

  /** Whether the obligation binds every holder of the competence, whatever its population. */
  public boolean sansSeuil() { return seuil == null; }

  /** The threshold parameter; null when the obligation binds every holder. */
  public ParametreEnVigueur seuil() { return seuil; }

  /**
   * The threshold rounded down to a whole number, for the joins ({@code population > seuilEntier}
   * is {@code population > seuil} for whole populations).
   *
   * @throws IllegalStateException when the obligation has no threshold
   */
  public long seuilEntier() {
    if (seuil == null) {
      throw new IllegalStateException(obligation + " n'a pas de seuil de population");
    }
    return seuilEntier;
  }

  public ParametreEnVigueur dateEffet() { return dateEffet; }

  /** Whether the evaluation date is on or after the effect date (decided by the table row). */
  public boolean enVigueur() { return enVigueur; }

  /** The parameters read to define the obligation: threshold (if any), then effect date. */
  public List<ParametreEnVigueur> parametresLus() { return lus; }

  @Override
  public String toString() {
    return obligation + " (" + competence + (seuil != null ? ", population > " + seuil.enTexte() : "")
        + (enVigueur ? ", en vigueur" : ", avant le " + dateEffet.enTexte()) + ")";
  }
}
