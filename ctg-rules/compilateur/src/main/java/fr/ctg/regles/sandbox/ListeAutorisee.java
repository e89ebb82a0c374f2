package fr.ctg.regles.sandbox;

import java.util.Optional;
import java.util.Set;

/**
 * What an expert rule may name: the allow-list of the sandbox, decided on resolved types (binary
 * names such as {@code java.lang.String}, {@code fr.ctg.regles.ao.TitulaireAO}) and, for a few
 * members that lead out of the allowed types, on the member too. Everything not listed is refused:
 * reflection, method handles, class loaders, threads, {@code System}, {@code Runtime}, processes,
 * files, network, logging, and every third-party package.
 *
 * <p>Allowed:
 * <ul>
 *   <li>the model's fact types and the rule helpers ctg gives rules (see {@link #CTG_PAQUETS},
 *       {@link #CTG_CLASSES});</li>
 *   <li>{@code java.lang} value types (String, boxed numbers, Math, StringBuilder, CharSequence,
 *       Object, Enum, Comparable, Iterable, the common unchecked exceptions);</li>
 *   <li>{@code java.time} (but not the clock: rules never read it), {@code java.math};</li>
 *   <li>collections: the {@code java.util} interfaces and their factories ({@code List.of},
 *       {@code Collections.unmodifiable*}), {@code Optional}, {@code Objects}, streams and
 *       functional interfaces, Guava {@code Immutable*}, and the usual implementations a
 *       consequence builds a list with ({@code ArrayList}, {@code TreeMap}…: a local collection
 *       cannot reach the host);</li>
 *   <li>the Drools types the classic compiler emits in the classes it generates for a rule
 *       ({@link #DROOLS_MEMBRES}, type and member, collected from what the compiler writes).</li>
 * </ul>
 */
final class ListeAutorisee {
  private ListeAutorisee() {}

  /** Packages of the model and the rules (fact types, values). */
  static final Set<String> CTG_PAQUETS = Set.of(
      "fr.ctg.ao", "fr.ctg.convention", "fr.ctg.model", "fr.ctg.parametres", "fr.ctg.rapport",
      "fr.ctg.territoire", "fr.ctg.regles.ao", "fr.ctg.regles.bt", "fr.ctg.regles.cct", "fr.ctg.regles.conv");

  /** Classes of those packages that read files or resources: refused. */
  static final Set<String> CTG_REFUSEES = Set.of("fr.ctg.territoire.Territoire", "fr.ctg.territoire.PopulationsCsv");

  /** The rule helpers of {@code fr.ctg.regles} (the rest of that package is the loader: refused). */
  static final Set<String> CTG_CLASSES = Set.of(
      "fr.ctg.regles.Constats", "fr.ctg.regles.Textes", "fr.ctg.regles.Dates", "fr.ctg.regles.Evaluation",
      "fr.ctg.regles.ParametreEnVigueur", "fr.ctg.regles.PorteeTerritoriale");

  static final Set<String> JAVA_LANG = Set.of(
      "java.lang.Object", "java.lang.String", "java.lang.CharSequence", "java.lang.StringBuilder",
      "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
      "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character", "java.lang.Math",
      "java.lang.StrictMath", "java.lang.Enum", "java.lang.Comparable", "java.lang.Iterable", "java.lang.Void",
      "java.lang.Record", "java.lang.ArithmeticException", "java.lang.IllegalArgumentException",
      "java.lang.IllegalStateException", "java.lang.NullPointerException", "java.lang.RuntimeException",
      "java.lang.IndexOutOfBoundsException", "java.lang.UnsupportedOperationException");

  static final Set<String> JAVA_UTIL = Set.of(
      "java.util.List", "java.util.Map", "java.util.Map$Entry", "java.util.Set", "java.util.SortedSet",
      "java.util.SortedMap", "java.util.NavigableMap", "java.util.NavigableSet", "java.util.Collection",
      "java.util.Iterator", "java.util.Optional", "java.util.OptionalInt", "java.util.OptionalLong",
      "java.util.OptionalDouble", "java.util.Objects", "java.util.Collections", "java.util.Comparator",
      "java.util.Locale", "java.util.ArrayList", "java.util.LinkedHashMap", "java.util.LinkedHashSet",
      "java.util.TreeMap", "java.util.TreeSet", "java.util.HashMap", "java.util.HashSet", "java.util.stream.Stream", "java.util.stream.IntStream", "java.util.stream.LongStream",
      "java.util.stream.Collectors", "java.util.stream.Collector", "java.util.stream.BaseStream");

  /** Members that lead from an allowed value to reflection, the clock or the console. */
  static final Set<String> MEMBRES_REFUSES = Set.of(
      "getClass", "getDeclaringClass", "wait", "notify", "notifyAll", "finalize", "now", "printStackTrace");

  /**
   * The Drools members the classic compiler writes into the classes it generates for a rule (the
   * consequence, the invokers of eval, predicate and accumulate code): type, then member names;
   * {@code *} for every member of a type that only carries values. Nothing else of Drools is
   * reachable from a rule (not the session, not the rule base).
   */
  static final java.util.Map<String, Set<String>> DROOLS_MEMBRES = java.util.Map.ofEntries(
      java.util.Map.entry("org.drools.core.rule.consequence.KnowledgeHelper", Set.of(
          "insert", "insertLogical", "update", "delete", "retract", "modifyRetract", "modifyInsert",
          "getFactHandle", "getRule", "getMatch", "getTuple")),
      java.util.Map.entry("org.kie.api.runtime.rule.RuleContext", Set.of("getRule", "getMatch")),
      java.util.Map.entry("org.drools.base.rule.Declaration", Set.of("getValue", "getIdentifier", "getBooleanValue",
          "getIntValue", "getLongValue", "getDoubleValue", "getFloatValue", "getShortValue", "getByteValue",
          "getCharValue", "getPattern", "getTupleIndex", "getExtractor", "getHashCode")),
      java.util.Map.entry("org.kie.api.runtime.rule.FactHandle", Set.of("*")),
      // the mask of modified properties that update($fait) / modify($fait) passes to KnowledgeHelper.update
      java.util.Map.entry("org.drools.util.bitmask.BitMask", Set.of("*")),
      java.util.Map.entry("org.drools.util.bitmask.AllSetButLastBitMask", Set.of("get")),
      java.util.Map.entry("org.drools.util.bitmask.AllSetBitMask", Set.of("get")),
      java.util.Map.entry("org.drools.util.bitmask.EmptyBitMask", Set.of("get")),
      // the argument of an accumulate function (collectList($x), count(1)) boxed as a field value
      java.util.Map.entry("org.drools.mvel.field.FieldFactory", Set.of("getInstance", "getFieldValue")),
      java.util.Map.entry("org.drools.base.rule.accessor.FieldValue", Set.of("getValue")));

  /**
   * Whether the class literal {@code type.class} may appear in a rule's code: for a type a rule may
   * name anyway, which is what the classic compiler writes for {@code update($fait)} and
   * {@code modify($fait) {…}} (the fact's class, passed to {@code KnowledgeHelper.update}). A
   * {@link Class} value is inert here: no member of {@code java.lang.Class} is allowed
   * ({@link #refusMembre}), nor {@code Enum.valueOf(Class, …)}, and no other allowed API takes a
   * class to act on it, so it cannot be used for reflection.
   */
  static boolean litteralDeClasseAutorise(String type) {
    return !type.equals("java.lang.Class") && estAutorise(type);
  }

  /** Why {@code type} (binary name) may not be named by a rule; empty when it may. */
  static Optional<String> refusType(String type) {
    if (estAutorise(type)) return Optional.empty();
    return Optional.of(categorie(type));
  }

  static boolean estAutorise(String type) {
    if (type.startsWith("[")) return true; // arrays: their element type is checked separately
    if (type.length() == 1 || Set.of("int", "long", "short", "byte", "char", "boolean", "double", "float", "void")
        .contains(type)) return true;
    int dot = type.lastIndexOf('.');
    String paquet = dot < 0 ? "" : type.substring(0, dot);
    String sansImbrication = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
    if (CTG_PAQUETS.contains(paquet)) return !CTG_REFUSEES.contains(sansImbrication);
    if (CTG_CLASSES.contains(sansImbrication)) return true;
    if (JAVA_LANG.contains(type) || JAVA_UTIL.contains(type)) return true;
    // a Class value may be held and passed on (update($fait) passes its fact's class literal), but no
    // member of java.lang.Class may be used (refusMembre): no reflection through it
    if (type.equals("java.lang.Class")) return true;
    if (paquet.equals("java.util.function")) return true;
    if (paquet.equals("java.math")) return true;
    if (paquet.equals("java.time") || paquet.equals("java.time.format") || paquet.equals("java.time.temporal")
        || paquet.equals("java.time.chrono")) {
      return !type.equals("java.time.Clock") && !type.equals("java.time.InstantSource");
    }
    if (paquet.equals("com.google.common.collect")) {
      return type.substring(dot + 1).startsWith("Immutable");
    }
    return DROOLS_MEMBRES.containsKey(type);
  }

  /** Why member {@code nom} of allowed type {@code type} may not be used; empty when it may. */
  static Optional<String> refusMembre(String type, String nom) {
    if (MEMBRES_REFUSES.contains(nom)) {
      return Optional.of(nom.equals("now") ? "lecture de l'horloge (" + nom + ") : une règle ne lit jamais l'heure"
          : nom.equals("printStackTrace") ? "écriture sur la console (printStackTrace)"
          : "réflexion (" + nom + ")");
    }
    if (type.equals("java.lang.Class")) return Optional.of("réflexion");
    if (type.equals("java.lang.Enum") && nom.equals("valueOf")) {
      return Optional.of("réflexion (Enum.valueOf(Class, …) ; écrivez Type.valueOf(nom))");
    }
    Set<String> drools = DROOLS_MEMBRES.get(type);
    if (drools != null && !drools.contains("*") && !drools.contains(nom)) {
      return Optional.of("membre interne de Drools " + nom + " (une règle ne touche ni à la session ni à la base de règles)");
    }
    return Optional.empty();
  }

  /** A French name for what a refused type gives access to. */
  static String categorie(String type) {
    String t = type;
    if (t.startsWith("java.lang.reflect.") || t.equals("java.lang.Class") || t.startsWith("java.lang.invoke.")) {
      return "réflexion";
    }
    if (t.equals("java.lang.ClassLoader") || t.endsWith("ClassLoader")) return "chargement de classes";
    if (t.equals("java.lang.System")) return "accès au système (arrêt de la JVM, propriétés, console)";
    if (t.equals("java.lang.Runtime") || t.startsWith("java.lang.Process")) return "lancement de programmes ou arrêt de la JVM";
    if (t.startsWith("java.lang.Thread") || t.startsWith("java.util.concurrent")) return "fils d'exécution";
    if (t.startsWith("java.io.") || t.startsWith("java.nio.")) return "accès aux fichiers";
    if (t.startsWith("java.net.") || t.startsWith("javax.net.")) return "accès au réseau";
    if (t.startsWith("java.util.logging.") || t.startsWith("org.slf4j.") || t.startsWith("org.apache.logging.")) {
      return "journalisation (écrit des fichiers)";
    }
    if (t.equals("java.time.Clock") || t.equals("java.time.InstantSource")) return "lecture de l'horloge";
    if (t.startsWith("java.") || t.startsWith("javax.") || t.startsWith("jdk.") || t.startsWith("sun.")) {
      return "classe de la plateforme Java hors de la liste autorisée";
    }
    if (t.startsWith("org.drools.") || t.startsWith("org.kie.") || t.startsWith("org.mvel2.")) {
      return "interne de Drools";
    }
    if (t.startsWith("fr.ctg.")) return "classe de ctg qui n'est ni un fait ni une aide aux règles";
    return "bibliothèque tierce";
  }
}
