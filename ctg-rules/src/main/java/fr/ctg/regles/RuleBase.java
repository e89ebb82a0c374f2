package fr.ctg.regles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import fr.ctg.document.DocumentReader;
import fr.ctg.parametres.Parametres;
import fr.ctg.textes.RecueilTextes;
import org.kie.api.KieBase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The bundled rule base: the rules of {@code fr/ctg/regles/**} (DRL and decision tables),
 * precompiled into Drools' executable model at build time by {@code kie-maven-plugin} (goal
 * {@code build}) and loaded once per JVM from the generated model classes ({@link #bundled()}); no
 * DRL is compiled at run time.
 *
 * <p>Thread-safe: each {@link #evaluer(Collection)} runs its own session over the shared,
 * immutable {@link KieBase}, bounded by {@link Limites} and disposed at its end.
 */
public final class RuleBase {
  static final String GLOBAL_CONSTATS = "constats";
  /** Written by kie-maven-plugin (goal build) for groupId fr.ctg, artifactId ctg-rules. */
  static final String MODELE = "META-INF/kie/fr.ctg/ctg-rules/drools-model";

  private final KieBase kieBase;
  private final boolean modeleExecutable;
  private final int nombre;
  private final SortedMap<String, RegleInfo> regles;
  /** rule id → the fields its negative conclusions rest on ({@code @decisifs}), sorted. */
  private final SortedMap<String, java.util.SortedSet<String>> decisifs = new TreeMap<>();
  private final String empreinte;
  private final String source;
  private volatile Parametres parametres;
  private volatile RecueilTextes textes;
  /** {@code fichier:ligne} of each rule (by name) and DRL function of an expert's directory; empty for the bundled rules. */
  private final Map<String, String> emplacementsRegles;
  private final Map<String, String> emplacementsFonctions;
  /** Whether some package declares {@code global Constats constats} (a session refuses an undeclared global). */
  private final boolean globalConstats;

  private RuleBase(KieBase kieBase, String empreinte) {
    this(kieBase, empreinte, "classpath", null, null, Map.of(), Map.of());
  }

  private RuleBase(KieBase kieBase, String empreinte, String source, Parametres parametres, RecueilTextes textes,
      Map<String, String> emplacementsRegles, Map<String, String> emplacementsFonctions) {
    this.kieBase = kieBase;
    this.emplacementsRegles = Map.copyOf(emplacementsRegles);
    this.emplacementsFonctions = Map.copyOf(emplacementsFonctions);
    this.globalConstats = kieBase.getKiePackages().stream()
        .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL_CONSTATS)));
    this.source = source;
    this.parametres = parametres;
    this.textes = textes;
    this.modeleExecutable = estModeleExecutable(kieBase);
    this.empreinte = empreinte;
    int n = 0;
    SortedMap<String, RegleInfo> infos = new TreeMap<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        n++;
        RegleInfo info = RegleInfo.de(r);
        Object d = r.getMetaData().get("decisifs");
        if (d != null) {
          for (String champ : RegleInfo.texte(d).split(",")) {
            if (!champ.isBlank()) decisifs.computeIfAbsent(info.id(), k -> new java.util.TreeSet<>()).add(champ.strip());
          }
        }
        RegleInfo deja = infos.putIfAbsent(info.id(), info);
        if (deja != null && !deja.equals(info)) {
          throw new RuleBaseException("les règles d'id " + info.id()
              + " ne déclarent pas les mêmes @titre/@fondement/@url/@source (voir « " + r.getName() + " »)");
        }
      }
    }
    if (n == 0) {
      throw new RuleBaseException("la base de règles ne contient aucune règle");
    }
    this.nombre = n;
    this.regles = Collections.unmodifiableSortedMap(infos);
  }

  /**
   * The rule base of an expert's directory (rule files under any folder, parameters under
   * {@code parametres/}; without {@code parametres/}, the bundled parameters), compiled with the
   * classic compiler and checked by the verifier of ctg-rules-compilateur, which must be on the
   * classpath ({@link CompilateurRegles}).
   *
   * @throws RuleBaseException carrying every problem ({@link RuleBaseException#problems()}) when
   *     the directory does not compile or fails a static check, or when ctg-rules-compilateur is
   *     not on the classpath
   */
  public static RuleBase fromDirectory(Path dir) {
    Verification v = Compilateurs.charge().verifier(RuleFiles.fromDirectory(dir));
    return v.base().orElseThrow(() -> new RuleBaseException("la base de règles " + dir + " est invalide", v.errors()));
  }

  /**
   * A rule base compiled from an expert's files by a {@link CompilateurRegles}; applications call
   * {@link #fromDirectory(Path)} instead.
   *
   * @param kieBase the compiled kbase (classic compiler)
   * @param empreinte {@code sha256:} digest of the files ({@link RuleFiles#fingerprint()})
   * @param source the directory the files come from ({@link RuleFiles#origin()})
   * @param parametres the parameters of the directory
   * @param textes the scope of the texts of the directory
   * @param emplacementsRegles {@code fichier:ligne} of each rule, by rule name
   * @param emplacementsFonctions {@code fichier:ligne} of each DRL function, by name
   * @throws RuleBaseException when the kbase has no rule, or two rules of one id disagree on their metadata
   */
  public static RuleBase compilee(KieBase kieBase, String empreinte, String source, Parametres parametres,
      RecueilTextes textes, Map<String, String> emplacementsRegles, Map<String, String> emplacementsFonctions) {
    return new RuleBase(kieBase, empreinte, source, parametres, textes, emplacementsRegles, emplacementsFonctions);
  }

  /** The bundled rule base, loaded on first use and shared. */
  public static RuleBase bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final RuleBase INSTANCE = charger();

    private static RuleBase charger() {
      List<Model> modeles = new ArrayList<>();
      for (String classe : classesDuModele()) {
        try {
          modeles.add((Model) Class.forName(classe, true, RuleBase.class.getClassLoader())
              .getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | ClassCastException e) {
          throw new RuleBaseException("modèle exécutable illisible : " + classe, e);
        }
      }
      KieBase kieBase;
      try {
        // a configuration of drools-core rather than KieServices': KieServices' implementation lives
        // in drools-compiler, which the runtime does not carry (issue 16)
        kieBase = KieBaseBuilder.createKieBaseFromModel(modeles, RuleBaseFactory.newKnowledgeBaseConfiguration());
      } catch (RuntimeException e) {
        throw new RuleBaseException("base de règles invalide : " + e.getMessage(), e);
      }
      return new RuleBase(kieBase, RuleFiles.bundled().fingerprint());
    }
  }

  /**
   * The classes of the executable model that kie-maven-plugin generated at build time, as listed
   * in {@value #MODELE}. Reading them directly (rather than through the classpath KieContainer)
   * guarantees the precompiled model is what runs, also from a shaded jar, where the container
   * cannot tell which {@code pom.properties} is ours and silently recompiles the DRL with MVEL.
   */
  private static List<String> classesDuModele() {
    List<String> classes = new ArrayList<>();
    try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(MODELE)) {
      if (in == null) {
        throw new RuleBaseException("modèle exécutable absent (" + MODELE
            + ") : ctg-rules doit être construit par kie-maven-plugin");
      }
      for (String ligne : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String l = ligne.strip();
        if (!l.isEmpty() && !l.startsWith("Drools-Model-Version")) classes.add(l);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (classes.isEmpty()) {
      throw new RuleBaseException("le modèle exécutable " + MODELE + " ne liste aucune classe");
    }
    return classes;
  }

  /** Whether every rule's consequence is an executable-model lambda (no DRL compiled at run time). */
  private static boolean estModeleExecutable(KieBase kieBase) {
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        Object consequence = ((RuleImpl) r).getConsequence();
        if (consequence == null || !consequence.getClass().getName()
            .equals("org.drools.modelcompiler.consequence.LambdaConsequence")) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Runs one session over {@code faits}, within the default {@link Limites}, and returns what the
   * rules concluded. See {@link #evaluer(Collection, Budget)}.
   *
   * @throws LimiteDepasseeException when a rule runs away
   */
  public Constats evaluer(Collection<?> faits) {
    return evaluer(faits, Budget.demarrer(Limites.parDefaut()));
  }

  /**
   * Runs one session over {@code faits} and returns what the rules concluded. The facts are inserted
   * in the iteration order; the rules do not depend on it. A {@link Provenances} among them is not
   * inserted: it tells the findings where their facts come from (and keeps a negative conclusion off
   * an encoder's hypothesis).
   *
   * <p>The session is bounded by {@code budget}: at most {@link Limites#declenchements()} firings
   * and {@link Limites#faits()} facts, and it stops at the evaluation's deadline (between two
   * firings, or inside the code of an expert's rule, which is instrumented to check it; see
   * {@link Garde}). It stops too when another session of the same budget was stopped. The session
   * is always disposed: the rule base keeps serving the next evaluation.
   *
   * @throws LimiteDepasseeException (French message naming the rule, and its file for an expert's
   *     directory) when a limit is exceeded
   */
  public Constats evaluer(Collection<?> faits, Budget budget) {
    Constats constats = new Constats();
    Surveillance surveillance = new Surveillance(budget, this);
    LimiteDepasseeException deja = surveillance.arret();
    if (deja != null) throw deja;
    KieSession session = kieBase.newKieSession();
    Surveillance avant = Garde.entrer(surveillance);
    try {
      surveillance.session(session);
      if (globalConstats) session.setGlobal(GLOBAL_CONSTATS, constats);
      session.addEventListener((AgendaEventListener) surveillance);
      session.addEventListener((RuleRuntimeEventListener) surveillance);
      for (Object fait : faits) {
        if (fait instanceof Provenances) constats.provenances((Provenances) fait);
        else session.insert(fait);
      }
      session.fireAllRules();
    } catch (RuntimeException e) {
      LimiteDepasseeException arret = surveillance.arret();
      if (arret != null) throw arret;
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof StackOverflowError) throw surveillance.profondeur(); // wrapped by Drools
      }
      throw e;
    } catch (StackOverflowError e) {
      // rule code calling itself without end (a DRL function): the stack is unwound here, the
      // thread is sound again
      throw surveillance.profondeur();
    } finally {
      Garde.sortir(avant);
      session.dispose();
    }
    LimiteDepasseeException arret = surveillance.arret();
    if (arret != null) throw arret;
    return constats;
  }

  /** {@code fichier:ligne} of rule {@code nom} in an expert's directory; null for the bundled rules. */
  String emplacementRegle(String nom) {
    return emplacementsRegles.get(nom);
  }

  /** {@code fichier:ligne} of DRL function {@code nom} in an expert's directory; null otherwise. */
  String emplacementFonction(String nom) {
    return emplacementsFonctions.get(nom);
  }

  /** Number of rules (a decision-table row is one rule). */
  public int nombre() {
    return nombre;
  }

  /** {@code classpath} for the bundled rules, otherwise the directory they were compiled from. */
  public String source() {
    return source;
  }

  /**
   * The parameters that go with these rules: the bundled ones ({@link DocumentReader#bundledParametres()})
   * for the bundled rules, those of the directory's {@code parametres/} folder (or the bundled ones
   * when it has none) for an expert's directory.
   */
  public Parametres parametres() {
    Parametres p = parametres;
    if (p == null) {
      p = DocumentReader.bundledParametres();
      parametres = p;
    }
    return p;
  }

  /**
   * The scope of the texts the rules apply ({@code textes/*.yaml}, {@code ctg-textes/1}): the bundled
   * ones for the bundled rules, those of the directory's {@code textes/} folder (or the bundled ones
   * when it has none) for an expert's directory.
   */
  public RecueilTextes textes() {
    RecueilTextes t = textes;
    if (t == null) {
      t = textesEmbarques();
      textes = t;
    }
    return t;
  }

  /**
   * The bundled scope of the texts ({@code textes/*.yaml} of ctg-rules), read anew at each call; the
   * default of an expert's directory without a {@code textes/} folder.
   *
   * @throws IllegalStateException when a bundled file is invalid (a build defect)
   */
  public static RecueilTextes textesEmbarques() {
    Map<String, byte[]> fichiers = new java.util.LinkedHashMap<>();
    RuleFiles.bundled().textes().forEach((k, v) -> fichiers.put(RuleFiles.bundled().display(k), v));
    try {
      return DocumentReader.readTextes(fichiers);
    } catch (fr.ctg.document.InvalidDocumentException e) {
      throw new IllegalStateException("portée des textes embarquée invalide :\n" + e.getMessage(), e);
    }
  }

  /** {@code sha256:} + hex digest of the bundled rule and parameter files, by path. */
  public String empreinte() {
    return empreinte;
  }

  /** Whether the loaded kbase is Drools' executable model (precompiled at build time). */
  public boolean modeleExecutable() {
    return modeleExecutable;
  }

  /** Metadata of every rule id, sorted by id. */
  public Collection<RegleInfo> regles() {
    return regles.values();
  }

  /**
   * The fields the negative conclusions of rule {@code id} declare they rest on besides the facts
   * they report ({@code @decisifs}), sorted; empty when none is declared.
   */
  public java.util.SortedSet<String> decisifs(String id) {
    return java.util.Collections.unmodifiableSortedSet(decisifs.getOrDefault(id, new java.util.TreeSet<>()));
  }

  public Optional<RegleInfo> regle(String id) {
    return Optional.ofNullable(regles.get(id));
  }
}
