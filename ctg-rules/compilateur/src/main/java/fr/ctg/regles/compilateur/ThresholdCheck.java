package fr.ctg.regles.compilateur;

import fr.ctg.regles.ParametreEnVigueur;
import fr.ctg.regles.RuleFiles;
import fr.ctg.regles.RuleProblem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Threshold tables must partition the integers. In a decision table, a row "bounds a population"
 * when one of its constraints compares a field with a parameter read in the same row:
 * {@code $s : ParametreEnVigueur(nom == "ao.seuil_rpe")} and {@code population > $s.nombre}
 * (operators {@code >}, {@code >=}, {@code <}, {@code <=}, {@code ==}). The rows of one table that
 * share the rule {@code @id}, the compared field and the parameter form a group; each row covers an
 * interval of integers relative to the parameter's value S ({@code > S} is [S+1, +∞),
 * {@code <= S} is (−∞, S], {@code == S} is [S, S]…). A group of two rows or more must cover every
 * integer exactly once: an integer covered by no row is a <em>gap</em> (the obligation says nothing
 * for that population, not even "non applicable"), an integer covered by two rows an
 * <em>overlap</em> (two conclusions for the same population). Both are errors, positioned at the
 * row where the problem starts. A group of one row is a one-sided condition and is not checked.
 * Since every bound is the same S, the check holds whatever value the parameter takes.
 */
final class ThresholdCheck {
  private static final Pattern BINDING = Pattern.compile("(\\$\\w+)\\s*:\\s*ParametreEnVigueur\\s*\\(\\s*nom\\s*==\\s*\"([^\"]+)\"");
  private static final Pattern COMPARISON = Pattern.compile("(?<![\\w.$])(\\w+)\\s*(>=|<=|==|>|<)\\s*(\\$\\w+)\\.nombre\\b");
  private static final Pattern ID = Pattern.compile("@id\\(\\s*\"?([^)\"]+)\"?\\s*\\)");
  private static final long INF = Long.MAX_VALUE;

  private ThresholdCheck() {}

  /** Integers [lo, hi] relative to S; ±INF for an open side. */
  private static final class Interval {
    final long lo;
    final long hi;
    final int line;
    final String rule;
    final String op;

    Interval(long lo, long hi, int line, String rule, String op) {
      this.lo = lo;
      this.hi = hi;
      this.line = line;
      this.rule = rule;
      this.op = op;
    }
  }

  static List<RuleProblem> check(RuleFiles files, RuleVerifier.Locations locations) {
    List<RuleProblem> out = new ArrayList<>();
    for (Map.Entry<String, List<DecisionTables.GeneratedRule>> table : locations.generated.entrySet()) {
      String path = table.getKey();
      Map<String, List<Interval>> groups = new TreeMap<>();
      for (DecisionTables.GeneratedRule r : table.getValue()) {
        String text = r.text.toString();
        Matcher id = ID.matcher(text);
        String regle = id.find() ? id.group(1).strip() : r.name;
        Map<String, String> bindings = new HashMap<>();
        Matcher b = BINDING.matcher(text);
        while (b.find()) bindings.put(b.group(1), b.group(2));
        Matcher c = COMPARISON.matcher(text);
        while (c.find()) {
          String parametre = bindings.get(c.group(3));
          if (parametre == null) continue;
          String op = c.group(2);
          long lo = -INF;
          long hi = INF;
          switch (op) {
            case ">": lo = 1; break;
            case ">=": lo = 0; break;
            case "<": hi = -1; break;
            case "<=": hi = 0; break;
            default: lo = 0; hi = 0; break;
          }
          groups.computeIfAbsent(regle + "\u0000" + c.group(1) + "\u0000" + parametre, k -> new ArrayList<>())
              .add(new Interval(lo, hi, locations.row(path, r.row), r.name, op));
        }
      }
      for (Map.Entry<String, List<Interval>> g : groups.entrySet()) {
        List<Interval> rows = g.getValue();
        if (rows.size() < 2) continue;
        String[] k = g.getKey().split("\u0000");
        String quoi = k[0] + " (" + k[1] + " face au paramètre " + k[2] + ", de valeur notée S)";
        rows.sort(Comparator.<Interval>comparingLong(i -> i.lo).thenComparingLong(i -> i.hi));
        if (rows.get(0).lo != -INF) {
          out.add(RuleProblem.error(files.display(path), rows.get(0).line, 1, "trou dans la table de seuils de "
              + quoi + " : aucune ligne ne couvre " + k[1] + " < " + bound(rows.get(0).lo)));
        }
        Interval prev = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
          Interval cur = rows.get(i);
          if (prev.hi != INF && cur.lo > prev.hi + 1) {
            out.add(RuleProblem.error(files.display(path), cur.line, 1, "trou dans la table de seuils de " + quoi
                + " : aucune ligne ne couvre " + k[1] + range(prev.hi + 1, cur.lo - 1)
                + " (entre « " + prev.rule + " » [" + prev.op + " S] et « " + cur.rule + " » [" + cur.op + " S])"));
          } else if (cur.lo <= prev.hi) {
            long fin = Math.min(prev.hi, cur.hi);
            out.add(RuleProblem.error(files.display(path), cur.line, 1, "chevauchement dans la table de seuils de "
                + quoi + " : « " + prev.rule + " » [" + prev.op + " S] et « " + cur.rule + " » [" + cur.op
                + " S] s'appliquent tous deux à " + k[1] + (fin == cur.lo ? " = " + bound(cur.lo)
                : " de " + bound(cur.lo) + (fin == INF ? " et au-delà" : " à " + bound(fin)))));
          }
          if (cur.hi >= prev.hi) prev = cur;
        }
        if (prev.hi != INF) {
          out.add(RuleProblem.error(files.display(path), prev.line, 1, "trou dans la table de seuils de "
              + quoi + " : aucune ligne ne couvre " + k[1] + " > " + bound(prev.hi)));
        }
      }
    }
    return out;
  }

  private static String range(long from, long to) {
    return from == to ? " = " + bound(from) : " de " + bound(from) + " à " + bound(to);
  }

  private static String bound(long offset) {
    return offset == 0 ? "S" : offset > 0 ? "S+" + offset : "S" + offset;
  }
}
