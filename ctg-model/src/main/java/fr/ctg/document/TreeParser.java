package fr.ctg.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the bytes of a YAML or JSON document into a {@link LocatedTree}, defensively: strict
 * UTF-8, a size limit, a nesting limit, no YAML aliases (so no "billion laughs"), no duplicate keys,
 * a single document. Every problem becomes a positioned French {@link DocumentError}.
 */
final class TreeParser {
  /** Largest document accepted, in bytes (10 MiB). */
  static final int MAX_BYTES = 10 * 1024 * 1024;
  /** Deepest nesting of objects and lists accepted; real documents use fewer than 10 levels. */
  static final int MAX_DEPTH = 64;
  /**
   * Most digits accepted before, and after, the decimal point of a number. The schema validator
   * converts some numbers to {@code double} (beyond about 10^308 it fails), and an unbounded
   * exponent (1E+999999999) would be expanded digit by digit by the first {@code setScale}; no
   * amount, population or rate comes near 300 digits.
   */
  static final int MAX_DIGITS = 300;

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxDocumentLength(MAX_BYTES)
      // a backstop: our own depth check (MAX_DEPTH) fires first with a clearer message
      .maxNestingDepth(MAX_DEPTH + 16)
      .maxStringLength(MAX_BYTES)
      .build();
  private static final YAMLFactory YAML = YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(CONSTRAINTS)
      .build();
  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(CONSTRAINTS)
      .build();

  private static LoaderOptions loaderOptions() {
    LoaderOptions o = new LoaderOptions();
    // aliases are refused outright below; these limits guard SnakeYAML itself
    o.setMaxAliasesForCollections(10);
    o.setAllowRecursiveKeys(false);
    o.setNestingDepthLimit(MAX_DEPTH + 16);
    o.setCodePointLimit(MAX_BYTES);
    // duplicate keys are detected by this class, every one positioned, rather than by the parser
    o.setAllowDuplicateKeys(true);
    return o;
  }

  private final String file;
  private final List<DocumentError> errors = new ArrayList<>();
  private final Map<String, LocatedTree.Position> values = new HashMap<>();
  private final Map<String, LocatedTree.Position> keys = new HashMap<>();
  private final Set<String> arrayElements = new HashSet<>();
  private JsonParser parser;

  private TreeParser(String file) {
    this.file = file;
  }

  /** Parses {@code bytes} as YAML ({@code yaml}) or JSON; throws with every problem found. */
  static LocatedTree parse(String file, byte[] bytes, boolean yaml) throws InvalidDocumentException {
    return new TreeParser(file).run(bytes, yaml);
  }

  private LocatedTree run(byte[] bytes, boolean yaml) throws InvalidDocumentException {
    if (bytes.length > MAX_BYTES) {
      throw fail(1, 1, "$", "fichier trop volumineux (" + bytes.length + " octets) : la limite est de "
          + MAX_BYTES + " octets");
    }
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
      if (text.startsWith("\uFEFF")) {
        throw fail(1, 1, "$", "marque d'ordre des octets (BOM) en double au début du fichier : "
            + "enregistrez-le en UTF-8 avec une seule marque, ou sans");
      }
    }
    if (yaml) {
      refuseNonPrintable(text);
    }
    JsonNode root = null;
    try (JsonParser p = yaml ? YAML.createParser(text) : JSON.createParser(text)) {
      parser = p;
      if (p.nextToken() == null) {
        throw fail(1, 1, "$", "document vide");
      }
      root = value("", 0);
      if (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        errors.add(new DocumentError(file, line(l), column(l), "$",
            "contenu après la fin du document : un seul document est attendu par fichier"));
      }
    } catch (DepthException e) {
      errors.add(e.error);
    } catch (StreamConstraintsException e) {
      JsonLocation l = e.getLocation();
      errors.add(new DocumentError(file, line(l), column(l), "$",
          "limite de lecture dépassée (taille, longueur ou imbrication du document) : " + e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      int line = line(l);
      int column = column(l);
      // SnakeYAML knows where the problem is (Jackson reports the previous token): a tab at the
      // start of line 7 was reported on line 6
      Mark mark = problemMark(e);
      if (mark != null) {
        line = mark.getLine() + 1;
        column = mark.getColumn() + 1;
      }
      String detail = oneLine(e.getOriginalMessage());
      errors.add(new DocumentError(file, line, column, "$", detail.contains("(TAB)")
          ? "tabulation refusée en YAML : indentez et séparez avec des espaces"
          : (yaml ? "syntaxe YAML invalide" : "syntaxe JSON invalide")
              + " (vérifiez l'indentation, les deux-points, les guillemets et les crochets) ; détail : " + detail));
    } catch (YAMLException e) {
      Mark mark = problemMark(e);
      errors.add(new DocumentError(file, mark == null ? 1 : mark.getLine() + 1, mark == null ? 1 : mark.getColumn() + 1,
          "$", "syntaxe YAML invalide ou document hors limites ; détail : " + oneLine(e.getMessage())));
    } catch (IOException e) {
      errors.add(new DocumentError(file, 1, 1, "$", "lecture impossible : " + oneLine(e.getMessage())));
    }
    if (!errors.isEmpty()) {
      throw new InvalidDocumentException(errors);
    }
    return new LocatedTree(file, root, values, keys, arrayElements);
  }

  private String decode(byte[] bytes) throws InvalidDocumentException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      int bad = bytes[in.position()] & 0xFF;
      throw fail(line, column, "$", String.format(
          "encodage invalide : l'octet 0x%02X n'est pas de l'UTF-8 ; enregistrez le fichier en UTF-8", bad));
    }
    out.flip();
    return out.toString();
  }

  private JsonNode value(String pointer, int depth) throws IOException {
    JsonToken t = parser.currentToken();
    JsonLocation l = parser.currentTokenLocation();
    values.put(pointer, new LocatedTree.Position(line(l), column(l)));
    if (parser instanceof YAMLParser && ((YAMLParser) parser).isCurrentAlias()) {
      errors.add(new DocumentError(file, line(l), column(l), Pointers.display(pointer, arrayElements::contains),
          "alias YAML « *" + parser.getText() + " » refusé : écrivez la valeur en entier (ancres et alias ne sont pas acceptés)"));
      return NODES.nullNode();
    }
    refuseTag(pointer, l);
    switch (t) {
      case START_OBJECT: {
        checkDepth(depth, l, pointer);
        ObjectNode o = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonLocation kl = parser.currentTokenLocation();
          String child = Pointers.child(pointer, name);
          refuseTag(child, kl);
          parser.nextToken();
          if (o.has(name)) {
            errors.add(new DocumentError(file, line(kl), column(kl),
                Pointers.display(child, arrayElements::contains), "clé « " + name + " » en double"));
            value(child, depth + 1);
          } else {
            keys.put(child, new LocatedTree.Position(line(kl), column(kl)));
            o.set(name, value(child, depth + 1));
          }
        }
        return o;
      }
      case START_ARRAY: {
        checkDepth(depth, l, pointer);
        ArrayNode a = NODES.arrayNode();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          String child = Pointers.child(pointer, i++);
          arrayElements.add(child);
          a.add(value(child, depth + 1));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            java.math.BigInteger n = parser.getBigIntegerValue();
            if (n.abs().toString().length() > MAX_DIGITS) {
              return horsLimites(l, pointer);
            }
            return NODES.numberNode(n);
        }
      case VALUE_NUMBER_FLOAT:
        try {
          java.math.BigDecimal d = parser.getDecimalValue();
          // the literal is at most 1000 characters long (Jackson's limit), but its exponent is not
          // bounded: 1E+999999999 would be expanded digit by digit by the first setScale
          if (Math.abs((long) d.scale()) > MAX_DIGITS || (long) d.precision() - d.scale() > MAX_DIGITS) {
            return horsLimites(l, pointer);
          }
          return NODES.numberNode(d);
        } catch (NumberFormatException e) {
          errors.add(new DocumentError(file, line(l), column(l), Pointers.display(pointer, arrayElements::contains),
              "nombre « " + parser.getText() + " » refusé : seuls les nombres finis sont acceptés"));
          return NODES.nullNode();
        }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        errors.add(new DocumentError(file, line(l), column(l), Pointers.display(pointer, arrayElements::contains),
            "valeur non prise en charge (" + t + ") : texte, nombre, booléen, liste ou objet attendu"));
        return NODES.nullNode();
    }
  }

  /** How SnakeYAML expands the {@code !!} shorthand of the standard tags. */
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

  /**
   * Refuses, each at its line and column, the characters a YAML stream may not contain (control
   * characters other than tab and line breaks, U+FFFE, U+FFFF: SnakeYAML's own test), which SnakeYAML
   * would otherwise report at the start of the file.
   */
  private void refuseNonPrintable(String text) throws InvalidDocumentException {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!org.yaml.snakeyaml.reader.StreamReader.isPrintable(c)) {
        errors.add(new DocumentError(file, line, column, "$", String.format(
            "caractère U+%04X interdit en YAML (caractère de contrôle ou non-caractère) : supprimez-le", c)));
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += Character.charCount(c);
    }
    if (!errors.isEmpty()) {
      throw new InvalidDocumentException(errors);
    }
  }

  private static Mark problemMark(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MarkedYAMLException && ((MarkedYAMLException) t).getProblemMark() != null) {
        return ((MarkedYAMLException) t).getProblemMark();
      }
    }
    return null;
  }

  /**
   * Refuses an explicit YAML tag on the current token ({@code !!java.io.File}, {@code !!str},
   * {@code !custom}): a document is plain data, and a tag would otherwise be silently ignored.
   */
  private void refuseTag(String pointer, JsonLocation l) throws IOException {
    if (parser instanceof YAMLParser) {
      String tag = ((YAMLParser) parser).getTypeId();
      if (tag != null) {
        errors.add(new DocumentError(file, line(l), column(l), Pointers.display(pointer, arrayElements::contains),
            "étiquette YAML « " + (tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : "!" + tag)
                + " » refusée : les documents ne contiennent que des données "
                + "(texte, nombre, date, liste, objet), sans étiquette « ! »"));
      }
    }
  }

  private JsonNode horsLimites(JsonLocation l, String pointer) throws IOException {
    String texte = parser.getText();
    errors.add(new DocumentError(file, line(l), column(l), Pointers.display(pointer, arrayElements::contains),
        "nombre « " + (texte.length() > 40 ? texte.substring(0, 20) + "…" + texte.substring(texte.length() - 10) : texte)
            + " » hors limites : au plus " + MAX_DIGITS + " chiffres avant et après la virgule"));
    return NODES.nullNode();
  }

  private void checkDepth(int depth, JsonLocation l, String pointer) throws DepthException {
    if (depth >= MAX_DEPTH) {
      throw new DepthException(new DocumentError(file, line(l), column(l), Pointers.display(pointer, arrayElements::contains),
          "document trop imbriqué : plus de " + MAX_DEPTH + " niveaux de listes ou d'objets"));
    }
  }

  private InvalidDocumentException fail(int line, int column, String pointer, String message) {
    errors.add(new DocumentError(file, line, column, pointer, message));
    return new InvalidDocumentException(errors);
  }

  private static int line(JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? 1 : l.getLineNr();
  }

  private static int column(JsonLocation l) {
    return l == null || l.getColumnNr() < 1 ? 1 : l.getColumnNr();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** Stops parsing at the first over-deep node: the rest of the document cannot be trusted. */
  private static final class DepthException extends IOException {
    private static final long serialVersionUID = 1L;
    final transient DocumentError error;

    DepthException(DocumentError error) {
      super(error.message());
      this.error = error;
    }
  }
}
