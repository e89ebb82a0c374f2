package fr.ctg.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * A parsed document with the position of every node: where each value starts and, for object
 * members, where its key is written. Pointers are RFC 6901 ({@code ""} is the root).
 */
final class LocatedTree {
  /** Line and column, both from 1. */
  static final class Position {
    final int line;
    final int column;

    Position(int line, int column) {
      this.line = line;
      this.column = column;
    }
  }

  private final String file;
  private final JsonNode root;
  private final Map<String, Position> values;
  private final Map<String, Position> keys;
  private final Set<String> arrayElements;

  LocatedTree(String file, JsonNode root, Map<String, Position> values, Map<String, Position> keys,
      Set<String> arrayElements) {
    this.file = file;
    this.root = root;
    this.values = values;
    this.keys = keys;
    this.arrayElements = arrayElements;
  }

  String file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  /** An error about the value at {@code pointer}, positioned at the value (or its nearest known ancestor). */
  DocumentError atValue(String pointer, String message) {
    return at(pointer, message, false);
  }

  /** An error about the member at {@code pointer}, positioned at its key when it has one. */
  DocumentError atKey(String pointer, String message) {
    return at(pointer, message, true);
  }

  private DocumentError at(String pointer, String message, boolean preferKey) {
    String p = pointer;
    Position pos = null;
    while (pos == null) {
      if (preferKey) {
        pos = keys.get(p);
      }
      if (pos == null) {
        pos = values.get(p);
      }
      if (pos == null) {
        if (p.isEmpty()) {
          break;
        }
        p = Pointers.parent(p);
      }
    }
    int line = pos == null ? 1 : pos.line;
    int column = pos == null ? 1 : pos.column;
    return new DocumentError(file, line, column, display(pointer), message);
  }

  String display(String pointer) {
    return Pointers.display(pointer, arrayElements::contains);
  }
}
