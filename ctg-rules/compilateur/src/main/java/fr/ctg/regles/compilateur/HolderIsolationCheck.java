package fr.ctg.regles.compilateur;

import fr.ctg.regles.RuleProblem;

import fr.ctg.regles.ao.TitulaireAO;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.Forall;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The AO obligations of a large territory are evaluated in batches of holders, one session per
 * batch (see {@code Evaluateur.obligations}): a rule may therefore judge one {@link TitulaireAO} at a
 * time, from its own facts and the common ones, never compare holders. A rule with two holder
 * patterns, or with a holder pattern under {@code not}, {@code exists}, {@code forall},
 * {@code accumulate} or {@code collect} (which look at every holder), is an error.
 */
final class HolderIsolationCheck {
  private HolderIsolationCheck() {}

  static List<RuleProblem> check(KieBase base, RuleVerifier.Locations locations) {
    List<RuleProblem> problems = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        Comptage c = new Comptage();
        compter(((RuleImpl) r).getLhs(), false, c);
        String probleme = c.sousQuantificateur > 0
            ? "lit les titulaires AO sous not, exists, forall, accumulate ou collect"
            : c.positifs > 1 ? "joint " + c.positifs + " titulaires AO" : null;
        if (probleme != null) {
          RuleVerifier.Location at = locations.of(r.getName());
          problems.add(RuleProblem.error(at.file, at.line, at.column, "la règle « " + r.getName() + " » "
              + probleme + " : une règle juge un titulaire à la fois, sur ses propres faits et les faits "
              + "communs (dates, paramètres), car les obligations d'un grand territoire sont évaluées "
              + "par lots de titulaires"));
        }
      }
    }
    return problems;
  }

  private static final class Comptage {
    int positifs;
    int sousQuantificateur;
  }

  private static void compter(RuleConditionElement e, boolean quantifie, Comptage c) {
    if (e == null) return;
    if (e instanceof Pattern) {
      Pattern p = (Pattern) e;
      if (p.getObjectType().getClassName().equals(TitulaireAO.class.getName())) {
        if (quantifie) c.sousQuantificateur++;
        else c.positifs++;
      }
      compter(p.getSource(), quantifie, c);
      return;
    }
    boolean q = quantifie
        || (e instanceof GroupElement && (((GroupElement) e).isNot() || ((GroupElement) e).isExists()))
        || e instanceof Forall || e instanceof Accumulate || e instanceof Collect;
    for (RuleConditionElement n : e.getNestedElements()) compter(n, q, c);
  }
}
