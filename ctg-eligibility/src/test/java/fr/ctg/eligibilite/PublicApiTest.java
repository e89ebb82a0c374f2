package fr.ctg.eligibilite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API of ctg-eligibility (every public type of {@code fr.ctg.eligibilite} and
 * {@code fr.ctg.eligibilite.report}, nested ones included) exposes no Drools, Jackson or Guava type
 * and nothing of the {@code internal} packages: in the parameters, return types, exceptions, fields,
 * supertypes and type arguments of its public and protected members.
 */
class PublicApiTest {
  static final List<String> INTERDITS = List.of("org.kie.", "org.drools.", "com.fasterxml.",
      "com.google.common.", "fr.ctg.eligibilite.internal.");
  static final Set<String> API = Set.of("fr.ctg.eligibilite", "fr.ctg.eligibilite.report");

  static List<Class<?>> classesPubliques() throws IOException, URISyntaxException, ClassNotFoundException {
    Path racine = Path.of(Evaluateur.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> s = Files.walk(racine)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String nom = racine.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c = Class.forName(nom, false, PublicApiTest.class.getClassLoader());
        if (API.contains(c.getPackageName()) && visible(c)) classes.add(c);
      }
    }
    return classes;
  }

  /** Public, and every enclosing class public too. */
  static boolean visible(Class<?> c) {
    for (Class<?> e = c; e != null; e = e.getEnclosingClass()) {
      if (!Modifier.isPublic(e.getModifiers()) || e.isAnonymousClass() || e.isLocalClass()) return false;
    }
    return true;
  }

  @Test
  void aucunTypeDroolsJacksonGuavaNiInterneDansLesSignaturesPubliques() throws Exception {
    List<Class<?>> classes = classesPubliques();
    assertTrue(classes.contains(Evaluateur.class) && classes.contains(Evaluateur.Builder.class)
        && classes.contains(fr.ctg.eligibilite.report.JsonReport.class), "classes trouvées : " + classes);
    Set<String> fuites = new TreeSet<>();
    for (Class<?> c : classes) {
      verifier(c.getName() + " extends", c.getGenericSuperclass(), fuites);
      for (Type i : c.getGenericInterfaces()) verifier(c.getName() + " implements", i, fuites);
      for (Method m : c.getDeclaredMethods()) {
        if (!expose(m.getModifiers()) || m.isSynthetic()) continue;
        String ou = c.getName() + "#" + m.getName();
        verifier(ou, m.getGenericReturnType(), fuites);
        for (Type t : m.getGenericParameterTypes()) verifier(ou, t, fuites);
        for (Type t : m.getGenericExceptionTypes()) verifier(ou, t, fuites);
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (!expose(k.getModifiers()) || k.isSynthetic()) continue;
        for (Type t : k.getGenericParameterTypes()) verifier(c.getName() + "#<init>", t, fuites);
        for (Type t : k.getGenericExceptionTypes()) verifier(c.getName() + "#<init>", t, fuites);
      }
      for (Field f : c.getDeclaredFields()) {
        if (expose(f.getModifiers()) && !f.isSynthetic()) verifier(c.getName() + "." + f.getName(), f.getGenericType(), fuites);
      }
    }
    assertEquals(Set.of(), fuites);
  }

  static boolean expose(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  static void verifier(String ou, Type t, Set<String> fuites) {
    if (t == null) return;
    if (t instanceof Class<?> c) {
      while (c.isArray()) c = c.getComponentType();
      for (String p : INTERDITS) if (c.getName().startsWith(p)) fuites.add(ou + " : " + c.getName());
    } else if (t instanceof ParameterizedType p) {
      verifier(ou, p.getRawType(), fuites);
      for (Type a : p.getActualTypeArguments()) verifier(ou, a, fuites);
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) verifier(ou, b, fuites);
      for (Type b : w.getLowerBounds()) verifier(ou, b, fuites);
    } else if (t instanceof GenericArrayType g) {
      verifier(ou, g.getGenericComponentType(), fuites);
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) verifier(ou, b, fuites);
    }
  }

  @Test
  void leDetecteurVoitUneFuite() throws ClassNotFoundException {
    Set<String> fuites = new TreeSet<>();
    verifier("x", Class.forName("com.fasterxml.jackson.databind.JsonNode"), fuites);
    verifier("y", Class.forName("org.kie.api.KieBase"), fuites);
    assertEquals(2, fuites.size(), fuites.toString());
  }

  @Test
  void seulLeFrancaisEstAccepte() {
    assertEquals(Evaluateur.Langue.FR, Evaluateur.Langue.de(Locale.FRANCE));
    assertEquals(Evaluateur.Langue.FR, Evaluateur.Langue.de(Locale.forLanguageTag("fr-BE")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Evaluateur.builder().langue(Locale.ENGLISH));
    assertTrue(e.getMessage().contains("n'existe qu'en français"), e.getMessage());
  }

  @Test
  void nationalEstUnSeulMoteurPartage() {
    assertTrue(Evaluateur.national() == Evaluateur.national());
    assertEquals(Evaluateur.Langue.FR, Evaluateur.national().langue());
  }
}
