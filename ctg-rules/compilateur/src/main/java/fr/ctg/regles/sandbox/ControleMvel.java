package fr.ctg.regles.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.util.TypeResolver;

/**
 * The classic compiler does not compile a pattern's constraints, nor a {@code from} expression or
 * the argument of an accumulate function, to Java: MVEL interprets them (and turns a constraint
 * into bytecode only at run time, after it has been evaluated a number of times). There is no
 * class to read at load time, so each such expression is read as MVEL reads it: outside string
 * literals, every name and dotted name ({@code System}, {@code java.lang.Runtime},
 * {@code com.google.common.io.Files}) is resolved by the package's own type resolver (its imports,
 * {@code java.lang}) to the class MVEL would use, and that class must be on the allow-list; the
 * members that lead from an allowed value to reflection ({@code getClass}, {@code class}, …) are
 * refused; MVEL's program syntax ({@code import}, {@code def}, {@code function}) is refused.
 */
final class ControleMvel {
  private static final Pattern NOM = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*");
  private static final java.util.Set<String> SYNTAXE_REFUSEE = java.util.Set.of("import", "def", "function");
  private static final java.util.Set<String> MEMBRES_REFUSES = java.util.Set.of(
      "class", "getClass", "getDeclaringClass", "forName", "getClassLoader", "now");

  private final TypeResolver resolveur;
  private final Map<String, Optional<String>> cache = new HashMap<>();

  ControleMvel(TypeResolver resolveur) {
    this.resolveur = resolveur;
  }

  /** Each refused name of {@code expression}, as "type — why". */
  List<String> refus(String expression) {
    List<String> out = new ArrayList<>();
    Matcher m = NOM.matcher(sansLitteraux(expression));
    while (m.find()) {
      String[] parties = m.group().replaceAll("\\s+", "").split("\\.");
      if (parties.length == 1 && SYNTAXE_REFUSEE.contains(parties[0])) {
        out.add(parties[0] + " — syntaxe de programme MVEL (une contrainte compare, elle ne programme pas)");
        continue;
      }
      for (int i = 0; i < parties.length; i++) {
        if (MEMBRES_REFUSES.contains(parties[i])) out.add(parties[i] + " — réflexion ou horloge");
      }
      StringBuilder prefixe = new StringBuilder();
      for (String p : parties) {
        if (prefixe.length() > 0) prefixe.append('.');
        prefixe.append(p);
        if (p.startsWith("$")) break; // a binding, not a type
        Optional<String> r = resoudre(prefixe.toString());
        if (r == null) continue;
        r.ifPresent(out::add);
        break;
      }
    }
    return out;
  }

  /** Null when {@code nom} names no class; else empty (allowed) or the refusal. */
  private Optional<String> resoudre(String nom) {
    if (cache.containsKey(nom)) return cache.get(nom);
    Optional<String> r;
    try {
      Class<?> c;
      try {
        c = resolveur.resolveType(nom);
      } catch (ClassNotFoundException | RuntimeException e) {
        if (nom.contains(".")) throw e;
        c = resolveur.resolveType("java.lang." + nom); // MVEL imports java.lang implicitly
      }
      String type = c.isArray() ? c.getComponentType().getName() : c.getName();
      r = ListeAutorisee.refusType(type).map(p -> type + " — " + p);
    } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
      r = null;
    }
    cache.put(nom, r);
    return r;
  }

  /** {@code s} with the contents of its string and character literals blanked. */
  static String sansLitteraux(String s) {
    StringBuilder b = new StringBuilder(s.length());
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == '\\' && i + 1 < s.length()) {
          b.append("  ");
          i++;
        } else if (c == quote) {
          quote = 0;
          b.append(c);
        } else {
          b.append(' ');
        }
      } else {
        if (c == '"' || c == '\'') quote = c;
        b.append(c);
      }
    }
    return b.toString();
  }
}
