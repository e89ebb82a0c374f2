package fr.ctg.regles;

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
  /**
   * Written at build time by {@link IndexFamilles}: each class of {@value #MODELE} with the number of
   * rules it holds, one per line ({@code <class> <n>}).
   */
  static final String INDEX = "META-INF/kie/fr.ctg/ctg-rules/familles";

  /** The kbase and what is read from its rules, computed once. */
  private static final class Contenu {
    final KieBase kieBase;
    final boolean modeleExecutable;
    final int nombre;
    final SortedMap<String, RegleInfo> regles;
    /** rule id → the fields its negative conclusions rest on ({@code @decisifs}), sorted. */
    final SortedMap<String, java.util.SortedSet<String>> decisifs = new TreeMap<>();
    /** Whether some package declares {@code global Constats constats} (a session refuses an undeclared global). */
    final boolean globalConstats;

    Contenu(KieBase kieBase) {
      this.kieBase = kieBase;
      this.globalConstats = kieBase.getKiePackages().stream()
          .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL_CONSTATS)));
      this.modeleExecutable = estModeleExecutable(kieBase);
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
  }

  /** Builds the kbase of a lazily loaded base (the bundled rules); null when it was given. */
  private final java.util.function.Supplier<KieBase> chargeur;
  private volatile Contenu contenu;
  /** The number of rules of the base this one describes itself as ({@link #nombre()}). */
  private final int nombre;
  private final String empreinte;
  private final String source;
  private volatile Parametres parametres;
  private volatile RecueilTextes textes;
  /** Each lazily read document is read once, its own lock: not held while the kbase is built. */
  private final Object verrouParametres = new Object();
  private final Object verrouTextes = new Object();
  /** {@code fichier:ligne} of each rule (by name) and DRL function of an expert's directory; empty for the bundled rules. */
  private final Map<String, String> emplacementsRegles;
  private final Map<String, String> emplacementsFonctions;
  /** The bundled rules: family (folder {@code fr/ctg/regles/<famille>}) → its model classes; null otherwise. */
  private final Map<String, List<String>> familles;
  /** The families of the bundled rules loaded alone ({@link #famille(String)}), built on first use. */
  private final Map<String, RuleBase> parFamille = new java.util.concurrent.ConcurrentHashMap<>();
  /** For a family of the bundled rules, the whole base (its parameters and texts); null otherwise. */
  private final RuleBase tout;

  /** A base whose rules are all in {@code kieBase}, checked now. */
  private RuleBase(KieBase kieBase, String empreinte, String source, Parametres parametres, RecueilTextes textes,
      Map<String, String> emplacementsRegles, Map<String, String> emplacementsFonctions) {
    this.chargeur = null;
    this.contenu = new Contenu(kieBase);
    this.nombre = contenu.nombre;
    this.empreinte = empreinte;
    this.source = source;
    this.parametres = parametres;
    this.textes = textes;
    this.emplacementsRegles = Map.copyOf(emplacementsRegles);
    this.emplacementsFonctions = Map.copyOf(emplacementsFonctions);
    this.familles = null;
    this.tout = null;
  }

  /** The bundled rules, with their kbase built on first use ({@link #contenu()}). */
  private RuleBase(Map<String, List<String>> familles, int nombre, String empreinte) {
    List<String> classes = new ArrayList<>();
    familles.values().forEach(classes::addAll);
    this.chargeur = () -> construire(classes);
    this.nombre = nombre;
    this.empreinte = empreinte;
    this.source = "classpath";
    this.emplacementsRegles = Map.of();
    this.emplacementsFonctions = Map.of();
    this.familles = familles;
    this.tout = null;
  }

  /** Family {@code classes} of the bundled base {@code tout}, loaded now; describes itself as {@code tout}. */
  private RuleBase(RuleBase tout, List<String> classes) {
    this.chargeur = null;
    this.contenu = new Contenu(construire(classes));
    this.nombre = tout.nombre;
    this.empreinte = tout.empreinte;
    this.source = tout.source;
    this.emplacementsRegles = Map.of();
    this.emplacementsFonctions = Map.of();
    this.familles = null;
    this.tout = tout;
  }

  /** The kbase and its rules; a lazily loaded base builds them here, once. */
  private Contenu contenu() {
    Contenu c = contenu;
    if (c == null) {
      synchronized (this) {
        c = contenu;
        if (c == null) {
          c = new Contenu(chargeur.get());
          contenu = c;
        }
      }
    }
    return c;
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

  /**
   * The bundled rule base, shared. Its kbase is built from the precompiled model on first use (an
   * evaluation, {@link #regles()}...), not here; {@link #famille(String)} loads one family alone.
   */
  public static RuleBase bundled() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    static final RuleBase INSTANCE = charger();

    private static RuleBase charger() {
      Map<String, List<String>> familles = new java.util.LinkedHashMap<>();
      int nombre = 0;
      for (Map.Entry<String, Integer> e : index().entrySet()) {
        String classe = e.getKey();
        int point = classe.lastIndexOf('.');
        String paquet = point < 0 ? "" : classe.substring(0, point);
        familles.computeIfAbsent(paquet.substring(paquet.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(classe);
        nombre += e.getValue();
      }
      return new RuleBase(Collections.unmodifiableMap(familles), nombre, RuleFiles.bundled().fingerprint());
    }
  }

  /**
   * The executable model's classes with their number of rules ({@value #INDEX}, written at build
   * time by {@link IndexFamilles}), in the order of {@value #MODELE}.
   */
  static Map<String, Integer> index() {
    Map<String, Integer> index = new java.util.LinkedHashMap<>();
    for (String ligne : Ressources.lireListeDuBuild(INDEX, "index des familles", IndexFamilles.ETAPE).split("\\R")) {
      String[] l = ligne.strip().split(" ");
      if (l.length == 2) index.put(l[0], Integer.valueOf(l[1]));
    }
    if (!index.keySet().equals(new java.util.LinkedHashSet<>(classesDuModele()))) {
      throw new RuleBaseException("l'index des familles " + INDEX + " ne correspond pas au modèle exécutable "
          + MODELE + " : reconstruire ctg-rules");
    }
    return index;
  }

  /**
   * The rules of family {@code famille} (folder {@code fr/ctg/regles/<famille>}: {@code ao},
   * {@code conv}, {@code bt}, {@code cct}) alone, for an evaluation that needs no other: for the
   * bundled rules, a base holding only that family's precompiled model, loaded on first call and
   * shared — a command evaluating the AO obligations does not build the other families — which
   * describes itself as the whole ({@link #source()}, {@link #empreinte()}, {@link #nombre()}: a
   * report names the rules it comes from) but evaluates and lists ({@link #regles()}) that family's
   * rules only; the other families conclude nothing on the facts of this one (tested on the
   * national evaluation). For any other base (an expert's directory, compiled whole), or a family
   * the bundled rules do not have, this base itself.
   */
  public RuleBase famille(String famille) {
    if (familles == null || !familles.containsKey(famille)) return this;
    return parFamille.computeIfAbsent(famille, f -> new RuleBase(this, familles.get(f)));
  }

  /** The kbase of the executable model made of {@code classes}. */
  private static KieBase construire(List<String> classes) {
    try {
      // a configuration of drools-core rather than KieServices': KieServices' implementation lives
      // in drools-compiler, which the runtime does not carry (issue 16)
      return KieBaseBuilder.createKieBaseFromModel(modeles(classes), RuleBaseFactory.newKnowledgeBaseConfiguration());
    } catch (RuntimeException e) {
      if (e instanceof RuleBaseException) throw e;
      throw new RuleBaseException("base de règles invalide : " + e.getMessage(), e);
    }
  }

  /** The executable model classes {@code classes}, instantiated. */
  static List<Model> modeles(List<String> classes) {
    List<Model> modeles = new ArrayList<>();
    for (String classe : classes) {
      try {
        modeles.add((Model) Class.forName(classe, true, RuleBase.class.getClassLoader())
            .getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new RuleBaseException("modèle exécutable illisible : " + classe, e);
      }
    }
    return modeles;
  }

  /**
   * The classes of the executable model that kie-maven-plugin generated at build time, as listed
   * in {@value #MODELE}. Reading them directly (rather than through the classpath KieContainer)
   * guarantees the precompiled model is what runs, also from a shaded jar, where the container
   * cannot tell which {@code pom.properties} is ours and silently recompiles the DRL with MVEL.
   */
  static List<String> classesDuModele() {
    List<String> classes = new ArrayList<>();
    for (String ligne : Ressources.lireListeDuBuild(MODELE, "modèle exécutable", "kie-maven-plugin").split("\\R")) {
      String l = ligne.strip();
      if (!l.isEmpty() && !l.startsWith("Drools-Model-Version")) classes.add(l);
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
    Contenu regles = contenu();
    KieSession session = regles.kieBase.newKieSession();
    Surveillance avant = Garde.entrer(surveillance);
    try {
      surveillance.session(session);
      if (regles.globalConstats) session.setGlobal(GLOBAL_CONSTATS, constats);
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

  /**
   * Number of rules (a decision-table row is one rule); for a family of the bundled rules
   * ({@link #famille(String)}), that of the whole bundled base.
   */
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
    if (tout != null) return tout.parametres();
    Parametres p = parametres;
    if (p == null) {
      synchronized (verrouParametres) { // read once, also when threads ask together (a command preloads)
        p = parametres;
        if (p == null) {
          p = DocumentReader.bundledParametres();
          parametres = p;
        }
      }
    }
    return p;
  }

  /**
   * The scope of the texts the rules apply ({@code textes/*.yaml}, {@code ctg-textes/1}): the bundled
   * ones for the bundled rules, those of the directory's {@code textes/} folder (or the bundled ones
   * when it has none) for an expert's directory.
   */
  public RecueilTextes textes() {
    if (tout != null) return tout.textes();
    RecueilTextes t = textes;
    if (t == null) {
      synchronized (verrouTextes) {
        t = textes;
        if (t == null) {
          t = textesEmbarques();
          textes = t;
        }
      }
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
      // checked against their schema by the build's tests (DocumentsEmbarquesTest), not at each start
      return DocumentReader.readTextesEmbarques(fichiers);
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
    return contenu().modeleExecutable;
  }

  /** Metadata of every rule id, sorted by id. */
  public Collection<RegleInfo> regles() {
    return contenu().regles.values();
  }

  /**
   * The fields the negative conclusions of rule {@code id} declare they rest on besides the facts
   * they report ({@code @decisifs}), sorted; empty when none is declared.
   */
  public java.util.SortedSet<String> decisifs(String id) {
    return java.util.Collections.unmodifiableSortedSet(contenu().decisifs.getOrDefault(id, new java.util.TreeSet<>()));
  }

  public Optional<RegleInfo> regle(String id) {
    return Optional.ofNullable(contenu().regles.get(id));
  }
}
