package fr.ctg.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates a {@link LocatedTree} against one of the JSON Schemas shipped in
 * {@code fr/ctg/schemas/} (draft 2020-12) and turns each schema error into a positioned French
 * {@link DocumentError}. The schemas say what is valid; this class only says it in French.
 */
final class SchemaValidator {
  static final String SCHEMA_FOLDER = "fr/ctg/schemas/";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .locale(Locale.FRENCH)
          .formatAssertionsEnabled(true)
          .build()));
  private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();

  private static final class Loaded {
    final Schema schema;
    final JsonNode node;

    Loaded(Schema schema, JsonNode node) {
      this.schema = schema;
      this.node = node;
    }
  }

  private SchemaValidator() {}

  /** The raw text of a bundled schema, e.g. {@code convention.schema.json}. */
  static InputStream open(String schemaFile) {
    InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(SCHEMA_FOLDER + schemaFile);
    if (in == null) {
      throw new IllegalStateException("schéma absent du classpath : " + SCHEMA_FOLDER + schemaFile);
    }
    return in;
  }

  private static Loaded load(String schemaFile) {
    return CACHE.computeIfAbsent(schemaFile, f -> {
      try (InputStream in = open(f)) {
        JsonNode node = new ObjectMapper().readTree(in);
        return new Loaded(REGISTRY.getSchema(node), node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Every schema error of {@code tree}, positioned and in French; empty when valid. */
  static List<DocumentError> validate(LocatedTree tree, String schemaFile) {
    Loaded loaded = load(schemaFile);
    List<DocumentError> out = new ArrayList<>();
    for (Error e : loaded.schema.validate(tree.root())) {
      String pointer = pointer(e.getInstanceLocation());
      String keyword = e.getKeyword() == null ? "" : e.getKeyword();
      switch (keyword) {
        case "additionalProperties":
        case "unevaluatedProperties": {
          String member = Pointers.child(pointer, e.getProperty());
          out.add(tree.atKey(member, unknownProperty(e.getProperty(), loaded.node, e)));
          break;
        }
        case "required":
          out.add(tree.atValue(pointer, "propriété obligatoire « " + e.getProperty() + " » absente"));
          break;
        default:
          out.add(tree.atValue(pointer, message(keyword, e, loaded.node)));
      }
    }
    return out;
  }

  private static String pointer(NodePath path) {
    String p = "";
    for (int i = 0; i < path.getNameCount(); i++) {
      Object el = path.getElement(i);
      p = el instanceof Integer ? Pointers.child(p, (Integer) el) : Pointers.child(p, String.valueOf(el));
    }
    return p;
  }

  private static String message(String keyword, Error e, JsonNode root) {
    JsonNode instance = e.getInstanceNode();
    JsonNode schemaNode = e.getSchemaNode();
    JsonNode parent = parentSchema(root, e);
    switch (keyword) {
      case "type":
        return typeMessage(instance, schemaNode);
      case "enum":
        return "valeur " + shown(instance) + " non admise ; valeurs admises : " + joined(schemaNode);
      case "const":
        return "valeur " + shown(instance) + " non admise ; valeur attendue : « " + schemaNode.asText() + " »";
      case "pattern":
      case "format":
      case "minLength":
      case "maxLength":
        if ("pattern".equals(keyword) && "^(?!0000-)".equals(schemaNode.asText())) {
          return "date " + shown(instance) + " invalide : l'année 0000 n'existe pas (années de 0001 à 9999)";
        }
        if ("format".equals(keyword) && "date".equals(schemaNode.asText())) {
          return "date " + shown(instance) + " invalide : une date qui existe, au format AAAA-MM-JJ, est attendue";
        }
        if ("minLength".equals(keyword) && schemaNode.asInt() == 1) {
          return "texte vide : une valeur est attendue";
        }
        return "valeur " + shown(instance) + " invalide : " + describe(parent, keyword, schemaNode);
      case "minimum":
        return "valeur " + shown(instance) + " trop petite : au moins " + schemaNode.asText() + " attendu"
            + withDescription(parent);
      case "exclusiveMinimum":
        return "valeur " + shown(instance) + " trop petite : strictement plus de " + schemaNode.asText() + " attendu"
            + withDescription(parent);
      case "maximum":
        return "valeur " + shown(instance) + " trop grande : au plus " + schemaNode.asText() + " attendu"
            + withDescription(parent);
      case "exclusiveMaximum":
        return "valeur " + shown(instance) + " trop grande : strictement moins de " + schemaNode.asText() + " attendu"
            + withDescription(parent);
      case "multipleOf":
        if (schemaNode.decimalValue().compareTo(new BigDecimal("0.01")) == 0) {
          return "montant " + shown(instance) + " invalide : au plus 2 décimales (des centimes)";
        }
        return "valeur " + shown(instance) + " invalide : multiple de " + schemaNode.asText() + " attendu";
      case "minItems":
        return "liste trop courte : au moins " + schemaNode.asText() + " élément(s) attendu(s)";
      case "maxItems":
        return "liste trop longue : au plus " + schemaNode.asText() + " élément(s) admis";
      case "uniqueItems":
        return "la liste contient des éléments en double";
      case "propertyNames":
        return "nom de propriété invalide : " + e.getMessage();
      default:
        // any other keyword: the validator's own French message
        return e.getMessage();
    }
  }

  private static String unknownProperty(String name, JsonNode root, Error e) {
    JsonNode parent = parentSchema(root, e);
    StringBuilder sb = new StringBuilder("propriété « ").append(name).append(" » inconnue");
    if (parent != null && parent.has("properties")) {
      TreeSet<String> known = new TreeSet<>();
      parent.get("properties").fieldNames().forEachRemaining(known::add);
      String closest = null;
      int best = 3;
      for (String k : known) {
        int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
        if (d < best) {
          best = d;
          closest = k;
        }
      }
      if (closest != null) {
        sb.append(" ; vouliez-vous dire « ").append(closest).append(" » ?");
      } else if (parent.has("patternProperties") && parent.hasNonNull("description")) {
        sb.append(" : ").append(parent.get("description").asText());
      } else {
        sb.append(" ; propriétés admises : ").append(String.join(", ", known));
      }
    }
    return sb.toString();
  }

  /** The schema object holding the failing keyword, found from the error's schema location. */
  private static JsonNode parentSchema(JsonNode root, Error e) {
    if (e.getSchemaLocation() == null || e.getSchemaLocation().getFragment() == null) {
      return null;
    }
    NodePath fragment = e.getSchemaLocation().getFragment();
    String parentPointer = "";
    for (int i = 0; i < fragment.getNameCount() - 1; i++) {
      parentPointer = Pointers.child(parentPointer, String.valueOf(fragment.getElement(i)));
    }
    JsonNode n = root.at(parentPointer);
    return n.isMissingNode() ? null : n;
  }

  private static String describe(JsonNode parent, String keyword, JsonNode schemaNode) {
    if (parent != null && parent.hasNonNull("description")) {
      return parent.get("description").asText();
    }
    switch (keyword) {
      case "format":
        return "format « " + schemaNode.asText() + " » attendu";
      case "minLength":
        return "au moins " + schemaNode.asText() + " caractères attendus";
      case "maxLength":
        return "au plus " + schemaNode.asText() + " caractères admis";
      default:
        return "forme attendue : " + schemaNode.asText();
    }
  }

  private static String withDescription(JsonNode parent) {
    return parent != null && parent.hasNonNull("description")
        ? " (" + parent.get("description").asText() + ")" : "";
  }

  private static String typeMessage(JsonNode instance, JsonNode schemaNode) {
    List<String> expected = new ArrayList<>();
    if (schemaNode.isArray()) {
      schemaNode.forEach(n -> expected.add(typeName(n.asText())));
    } else {
      expected.add(typeName(schemaNode.asText()));
    }
    String found = instanceType(instance);
    String m = found + " trouvé, " + String.join(" ou ", expected) + " attendu";
    if (instance != null && instance.isNumber() && schemaNode.asText().equals("string")) {
      m += " : écrivez la valeur entre guillemets (ex. \"" + instance.asText() + "\")";
    } else if (instance != null && instance.isNull()) {
      m = "valeur absente, " + String.join(" ou ", expected) + " attendu";
    }
    return m;
  }

  private static String instanceType(JsonNode n) {
    if (n == null || n.isNull()) {
      return "valeur vide";
    } else if (n.isTextual()) {
      return "texte";
    } else if (n.isIntegralNumber()) {
      return "nombre entier";
    } else if (n.isNumber()) {
      return "nombre décimal";
    } else if (n.isBoolean()) {
      return "booléen";
    } else if (n.isArray()) {
      return "liste";
    } else {
      return "objet";
    }
  }

  private static String typeName(String t) {
    switch (t) {
      case "string":
        return "texte";
      case "integer":
        return "nombre entier";
      case "number":
        return "nombre";
      case "boolean":
        return "booléen (true ou false)";
      case "array":
        return "liste";
      case "object":
        return "objet";
      case "null":
        return "valeur vide";
      default:
        return t;
    }
  }

  private static String shown(JsonNode n) {
    if (n == null) {
      return "";
    }
    String s = n.isTextual() ? n.asText() : n.toString();
    if (s.length() > 60) {
      s = s.substring(0, 57) + "...";
    }
    return "« " + s + " »";
  }

  private static String joined(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
      out.add(it.next().asText());
    }
    return String.join(", ", out);
  }

  /** Levenshtein distance (insertions, deletions, substitutions), for the « vouliez-vous dire » suggestions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
