package fr.ctg.eligibilite.internal;

import fr.ctg.rapport.Constat;
import fr.ctg.rapport.Rapport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What changes between two reports on the same inputs, typically the law in force and a reform of
 * its parameters: findings added, removed, and changed (same rule and subject, other statut or
 * message). Findings are paired by (rule, subject type, subject id) in report order, so a subject
 * with several findings of one rule is compared finding by finding. Immutable; lists sorted like
 * the reports.
 */
public final class ReportDiff {
  /** A finding present in both reports, with another statut or message. */
  public static final class Change {
    private final Constat avant;
    private final Constat apres;

    Change(Constat avant, Constat apres) {
      this.avant = avant;
      this.apres = apres;
    }

    public Constat avant() { return avant; }

    public Constat apres() { return apres; }
  }

  /** Counts of one rule id. */
  public static final class Counts {
    int ajoutes;
    int retires;
    int modifies;

    public int ajoutes() { return ajoutes; }

    public int retires() { return retires; }

    public int modifies() { return modifies; }
  }

  private final List<Constat> ajoutes = new ArrayList<>();
  private final List<Constat> retires = new ArrayList<>();
  private final List<Change> modifies = new ArrayList<>();
  private final SortedMap<String, Counts> parRegle = new TreeMap<>();

  private ReportDiff() {}

  /** The differences from {@code avant} (the law in force) to {@code apres} (the reform). */
  public static ReportDiff between(Rapport avant, Rapport apres) {
    ReportDiff d = new ReportDiff();
    Map<String, List<Constat>> a = index(avant);
    Map<String, List<Constat>> b = index(apres);
    TreeMap<String, Boolean> cles = new TreeMap<>();
    a.keySet().forEach(k -> cles.put(k, true));
    b.keySet().forEach(k -> cles.put(k, true));
    for (String k : cles.keySet()) {
      List<Constat> la = a.getOrDefault(k, List.of());
      List<Constat> lb = b.getOrDefault(k, List.of());
      int n = Math.max(la.size(), lb.size());
      for (int i = 0; i < n; i++) {
        Constat x = i < la.size() ? la.get(i) : null;
        Constat y = i < lb.size() ? lb.get(i) : null;
        String regle = (x != null ? x : y).regle();
        Counts c = d.parRegle.computeIfAbsent(regle, r -> new Counts());
        if (x == null) {
          d.ajoutes.add(y);
          c.ajoutes++;
        } else if (y == null) {
          d.retires.add(x);
          c.retires++;
        } else if (x.statut() != y.statut() || !x.message().equals(y.message())) {
          d.modifies.add(new Change(x, y));
          c.modifies++;
        }
      }
    }
    d.parRegle.values().removeIf(c -> c.ajoutes + c.retires + c.modifies == 0);
    return d;
  }

  private static Map<String, List<Constat>> index(Rapport r) {
    Map<String, List<Constat>> m = new TreeMap<>();
    for (Constat c : r.constats()) {
      m.computeIfAbsent(c.regle() + "\u0000" + c.sujet().type() + "\u0000" + c.sujet().id(), k -> new ArrayList<>()).add(c);
    }
    return m;
  }

  public List<Constat> ajoutes() { return ajoutes; }

  public List<Constat> retires() { return retires; }

  public List<Change> modifies() { return modifies; }

  /** Counts by rule id, for the rules with at least one difference. */
  public SortedMap<String, Counts> parRegle() { return parRegle; }

  public boolean vide() {
    return ajoutes.isEmpty() && retires.isEmpty() && modifies.isEmpty();
  }
}
