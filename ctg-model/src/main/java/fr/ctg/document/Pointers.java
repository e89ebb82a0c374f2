package fr.ctg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Conversions between the two spellings of a location in a document: the RFC 6901 JSON pointer
 * used internally ({@code /signataires/0/id}) and the {@code $.signataires[0].id} notation shown to
 * people.
 */
final class Pointers {
  private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Pointers() {}

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The segments of an RFC 6901 pointer, unescaped. */
  static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  static String parent(String pointer) {
    int i = pointer.lastIndexOf('/');
    return i <= 0 ? "" : pointer.substring(0, i);
  }

  /**
   * The {@code $.a.b[0]} spelling of {@code pointer}; {@code isIndex} tells which segments are array
   * indexes (a key made of digits is still a key).
   */
  static String display(String pointer, java.util.function.Predicate<String> isIndex) {
    StringBuilder sb = new StringBuilder("$");
    String current = "";
    for (String s : segments(pointer)) {
      current = child(current, s);
      if (isIndex.test(current)) {
        sb.append('[').append(s).append(']');
      } else if (SIMPLE_NAME.matcher(s).matches()) {
        sb.append('.').append(s);
      } else {
        sb.append("['").append(s.replace("\\", "\\\\").replace("'", "\\'")).append("']");
      }
    }
    return sb.toString();
  }
}
