package fr.ctg.regles.sandbox;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.drools.base.base.EnabledBoolean;
import org.drools.base.base.SalienceInteger;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.From;
import org.drools.base.rule.Function;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.TypeDeclaration;
import org.drools.base.rule.accessor.Accumulator;
import org.drools.base.rule.constraint.Constraint;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The sandbox of expert rules: after the classic compiler has compiled a rule base, decides on the
 * resolved types whether its rules only decide. A rule reads facts and parameters and concludes;
 * whatever else it names — reflection, method handles, class loaders, threads, {@code System},
 * {@code Runtime}, processes, files, network, logging, a third-party library, Drools' session — is
 * refused, before the rule base may serve.
 *
 * <p>What is checked, and how:
 * <ul>
 *   <li>Java code (consequences, {@code eval}, inline accumulate code, DRL functions): the
 *       classic compiler compiles it to classes kept in the package's class store; each class is
 *       read with ASM ({@link ControleBytecode}) and every type and member it names is checked
 *       against {@link ListeAutorisee}. A class built from a name in pieces still calls
 *       {@code Class.forName} or {@code MethodHandles.lookup}: those owners are refused, whatever
 *       the text looked like.</li>
 *   <li>MVEL expressions the compiler leaves to the interpreter (pattern constraints, {@code from},
 *       accumulate function arguments): read by {@link ControleMvel}, names resolved by the
 *       package's type resolver.</li>
 *   <li>Rules in the MVEL dialect ({@code dialect "mvel"}: consequence, eval, inline accumulate),
 *       computed salience or {@code enabled}, timers, type declarations ({@code declare}): refused.
 *       MVEL code is interpreted and dynamically typed: no class exists to check, so an expert rule
 *       is written in Java (the default dialect).</li>
 *   <li>Anything of the rule tree this class does not know how to check: refused (closed by
 *       default).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class BacASable {
  /**
   * One refusal: in rule {@code regle} (or in a DRL function, or a type declaration), the type
   * (and member) named and why it is refused, in French; {@code ligne} is 0 (the position is that
   * of the rule, function or declaration: the classic compiler's line mapping of generated code
   * is not exact).
   */
  public record Refus(String regle, String fonction, String declaration, int ligne, String message) {
    Refus(String regle, String fonction, int ligne, String message) {
      this(regle, fonction, null, ligne, message);
    }
  }

  private BacASable() {}

  /** Every refusal of {@code base}, in a stable order (rule, line, message). */
  public static List<Refus> controler(KieBase base) {
    List<Refus> out = new ArrayList<>();
    for (KiePackage kp : base.getKiePackages()) {
      InternalKnowledgePackage pkg = (InternalKnowledgePackage) kp;
      ControleMvel mvel = new ControleMvel(resolveur(base, pkg));
      Map<String, String> regleDeClasse = new TreeMap<>();
      for (Rule r : pkg.getRules()) {
        RuleImpl rule = (RuleImpl) r;
        controlerRegle(rule, mvel, out);
        Object consequence = rule.getConsequence();
        if (consequence != null) {
          String invoker = consequence.getClass().getName();
          String suffixe = "DefaultConsequenceInvoker";
          if (invoker.endsWith(suffixe)) {
            regleDeClasse.put(invoker.substring(0, invoker.length() - suffixe.length()), rule.getName());
          }
        }
      }
      for (TypeDeclaration t : pkg.getTypeDeclarations().values()) {
        if (t.isNovel()) {
          out.add(new Refus(null, null, t.getTypeName(), 0, "déclaration de type « " + t.getTypeName()
              + " » (declare) refusée : une règle d'expert conclut sur les faits du modèle, elle n'en crée pas"));
        }
      }
      Map<String, String> fonctionDeClasse = new TreeMap<>();
      for (Function f : pkg.getFunctions().values()) {
        if (!"java".equals(f.getDialect())) {
          out.add(new Refus(null, f.getName(), 0, "fonction « " + f.getName() + " » en dialecte " + f.getDialect()
              + " refusée : le code MVEL est interprété et ne peut pas être vérifié (écrivez-la en Java)"));
        }
        fonctionDeClasse.put(f.getClassName(), f.getName());
      }
      JavaDialectRuntimeData java = (JavaDialectRuntimeData) pkg.getDialectRuntimeRegistry().getDialectData("java");
      if (java == null) continue;
      // The classes of the store call each other (a consequence calls a DRL function, an invoker
      // its rule's class): they are checked themselves, here.
      Set<String> generees = new java.util.HashSet<>();
      for (String k : java.getStore().keySet()) {
        if (k.endsWith(".class")) generees.add(k.substring(0, k.length() - ".class".length()).replace('/', '.'));
      }
      for (Map.Entry<String, byte[]> e : new TreeMap<>(java.getStore()).entrySet()) {
        if (!e.getKey().endsWith(".class")) continue;
        String classe = e.getKey().substring(0, e.getKey().length() - ".class".length()).replace('/', '.');
        String fonction = fonctionDeClasse.containsKey(classe) ? fonctionDeClasse.get(classe)
            : proprietaire(fonctionDeClasse, classe, "$");
        String regle = fonction == null ? proprietaire(regleDeClasse, classe, "") : null;
        boolean colle = regle != null && classe.endsWith("Invoker");
        Set<String> vus = new LinkedHashSet<>();
        List<ControleBytecode.Reference> refs = ControleBytecode.references(e.getValue(), colle, generees);
        // A type named with a refused member is said once, with the member.
        Set<String> avecMembre = new java.util.HashSet<>();
        for (ControleBytecode.Reference ref : refs) if (ref.membre() != null) avecMembre.add(ref.type());
        for (ControleBytecode.Reference ref : refs) {
          if (ref.membre() == null && avecMembre.contains(ref.type())) continue;
          String quoi = ref.type() + (ref.membre() == null ? "" : "." + ref.membre());
          if (!vus.add(quoi)) continue;
          out.add(new Refus(regle, fonction, 0, "une règle ne doit que décider : " + quoi + " refusé" + ou(ref.methode())
              + " (" + ref.pourquoi() + ")" + (regle == null && fonction == null ? " dans la classe générée " + classe : "")));
        }
      }
    }
    out.sort(Comparator.comparing((Refus r) -> String.valueOf(r.regle())).thenComparing(r -> String.valueOf(r.fonction()))
        .thenComparingInt(Refus::ligne).thenComparing(Refus::message));
    return out;
  }

  /**
   * The names MVEL resolves in this package: its imports, its own package, {@code java.lang}
   * (the package's own resolver is not kept in a built rule base).
   */
  private static org.drools.util.TypeResolver resolveur(KieBase base, InternalKnowledgePackage pkg) {
    if (pkg.getTypeResolver() != null) return pkg.getTypeResolver();
    Set<String> imports = new java.util.HashSet<>(pkg.getImports().keySet());
    imports.add(pkg.getName() + ".*");
    imports.add("java.lang.*");
    ClassLoader cl = pkg.getPackageClassLoader() != null ? pkg.getPackageClassLoader()
        : ((org.drools.base.RuleBase) base).getRootClassLoader();
    return new org.drools.util.ClassTypeResolver(imports, cl);
  }

  /** The rule or function whose generated class is {@code classe} or one of its invokers/inner classes. */
  static String proprietaire(Map<String, String> parClasse, String classe, String separateur) {
    String trouve = null;
    int longueur = -1;
    for (Map.Entry<String, String> e : parClasse.entrySet()) {
      if (classe.startsWith(e.getKey() + separateur) && e.getKey().length() > longueur) {
        trouve = e.getValue();
        longueur = e.getKey().length();
      }
    }
    return trouve;
  }

  /** Where in the rule the generated method comes from, for the message. */
  private static String ou(String methode) {
    if (methode.equals("defaultConsequence") || methode.startsWith("consequence")) return " dans la conséquence";
    if (methode.startsWith("eval")) return " dans un eval";
    if (methode.startsWith("accumulate") || methode.equals("init") || methode.equals("getResult")
        || methode.equals("reverse")) return " dans un accumulate";
    return "";
  }

  private static void controlerRegle(RuleImpl rule, ControleMvel mvel, List<Refus> out) {
    String nom = rule.getName();
    if (!(rule.getSalience() instanceof SalienceInteger)) {
      out.add(new Refus(nom, null, 0, "salience calculée refusée : une expression de salience est du MVEL interprété, "
          + "qui ne peut pas être vérifié (écrivez un entier)"));
    }
    if (rule.getEnabled() != null && !(rule.getEnabled() instanceof EnabledBoolean)) {
      out.add(new Refus(nom, null, 0, "attribut enabled calculé refusé (expression MVEL) : écrivez true ou false"));
    }
    if (rule.getTimer() != null) {
      out.add(new Refus(nom, null, 0, "minuterie (timer) refusée : une règle ne dépend pas de l'heure"));
    }
    if (rule.getCalendars() != null && rule.getCalendars().length > 0) {
      out.add(new Refus(nom, null, 0, "calendriers refusés : une règle ne dépend pas de l'heure"));
    }
    if (!"java".equals(rule.getDialect())) {
      out.add(new Refus(nom, null, 0, "règle en dialecte " + rule.getDialect() + " (dialect \"" + rule.getDialect()
          + "\") refusée : le code MVEL est interprété et ne peut pas être vérifié ; écrivez la règle en Java "
          + "(dialecte par défaut)"));
    } else {
      consequence(nom, rule.getConsequence(), out);
    }
    element(nom, rule.getLhs(), mvel, out);
  }

  private static void consequence(String regle, Object c, List<Refus> out) {
    if (c != null && c.getClass().getName().startsWith("org.drools.mvel.")) {
      out.add(new Refus(regle, null, 0, "conséquence en dialecte MVEL (dialect \"mvel\") refusée : le code MVEL est "
          + "interprété et ne peut pas être vérifié ; écrivez la conséquence en Java (dialecte par défaut)"));
    }
  }

  private static void element(String regle, RuleConditionElement e, ControleMvel mvel, List<Refus> out) {
    if (e == null) return;
    if (e instanceof Pattern) {
      Pattern p = (Pattern) e;
      for (Constraint c : p.getConstraints()) contrainte(regle, c, mvel, out);
      element(regle, p.getSource(), mvel, out);
      return;
    }
    if (e instanceof From) {
      expression(regle, "expression from", ((From) e).getDataProvider(), mvel, out);
    } else if (e instanceof EvalCondition) {
      Object ev = ((EvalCondition) e).getEvalExpression();
      if (ev != null && ev.getClass().getName().startsWith("org.drools.mvel.")) {
        out.add(new Refus(regle, null, 0, "eval en dialecte MVEL refusé : écrivez-le en Java (dialecte par défaut)"));
      }
    } else if (e instanceof Accumulate) {
      for (Accumulator a : ((Accumulate) e).getAccumulators()) {
        String classe = a.getClass().getName();
        if (classe.equals("org.drools.mvel.expr.MVELAccumulatorFunctionExecutor")) {
          expression(regle, "argument d'accumulate", a, mvel, out);
        } else if (classe.startsWith("org.drools.mvel.")) {
          out.add(new Refus(regle, null, 0, "accumulate en dialecte MVEL refusé : écrivez-le en Java (dialecte par défaut)"));
        }
      }
    } else if (!(e instanceof Collect) && !(e instanceof org.drools.base.rule.GroupElement)
        && !(e instanceof org.drools.base.rule.Forall) && !(e instanceof org.drools.base.rule.EntryPointId)) {
      out.add(new Refus(regle, null, 0, "élément de condition non vérifiable par le bac à sable : "
          + e.getClass().getSimpleName()));
    }
    for (RuleConditionElement n : e.getNestedElements()) element(regle, n, mvel, out);
  }

  private static void contrainte(String regle, Constraint c, ControleMvel mvel, List<Refus> out) {
    if (c instanceof org.drools.mvel.MVELConstraint) {
      for (String r : mvel.refus(((org.drools.mvel.MVELConstraint) c).getExpression())) {
        out.add(new Refus(regle, null, 0, "une règle ne doit que décider : contrainte « "
            + ((org.drools.mvel.MVELConstraint) c).getExpression() + " » : " + r + " refusé"));
      }
    } else if (!CONTRAINTES_SANS_CODE.contains(c.getClass().getName())) {
      out.add(new Refus(regle, null, 0, "contrainte non vérifiable par le bac à sable : " + c.getClass().getSimpleName()));
    }
  }

  /** Constraints the compiler builds without any expert expression (type checks, joins on identity). */
  private static final Set<String> CONTRAINTES_SANS_CODE = Set.of(
      "org.drools.base.rule.constraint.QueryNameConstraint",
      "org.drools.core.rule.constraint.QueryNameConstraint");

  /** Checks the MVEL expression held (in a compilation unit) by {@code o}; refuses what cannot be read. */
  private static void expression(String regle, String quoi, Object o, ControleMvel mvel, List<Refus> out) {
    String expr = expressionMvel(o);
    if (expr == null) {
      out.add(new Refus(regle, null, 0, quoi + " non vérifiable par le bac à sable (" + o.getClass().getSimpleName() + ")"));
      return;
    }
    for (String r : mvel.refus(expr)) {
      out.add(new Refus(regle, null, 0, "une règle ne doit que décider : " + quoi + " « " + expr + " » : " + r + " refusé"));
    }
  }

  /**
   * The text of the MVEL compilation unit of a Drools object that keeps it in a private field
   * ({@code MVELDataProvider}, {@code MVELAccumulatorFunctionExecutor}); null if it has none.
   */
  private static String expressionMvel(Object o) {
    if (o == null) return null;
    for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getType() == org.drools.mvel.expr.MVELCompilationUnit.class) {
          try {
            f.setAccessible(true);
            Object unit = f.get(o);
            return unit == null ? null : ((org.drools.mvel.expr.MVELCompilationUnit) unit).getExpression();
          } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
          }
        }
      }
    }
    return null;
  }
}
