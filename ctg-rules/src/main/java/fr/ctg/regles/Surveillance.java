package fr.ctg.regles;

import java.time.Duration;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Watches one session against the {@link Limites} of its evaluation: counts firings (agenda
 * listener) and facts (working-memory listener), reads the clock before each firing and, through
 * {@link Garde}, every few hundred checks of running expert code. Firings and time stop the session
 * between two firings ({@link KieSession#halt()}); a fact beyond the limit, or expert code past the
 * deadline, throws at once (the consequence cannot be left to run). Confined to the evaluating thread.
 */
final class Surveillance extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
  private final Budget budget;
  private final RuleBase base;
  private KieSession session;
  private long declenchements;
  private long faits;
  private String regleCourante;
  private String codeCourant;
  private int verifications;

  Surveillance(Budget budget, RuleBase base) {
    this.budget = budget;
    this.base = base;
  }

  void session(KieSession s) {
    this.session = s;
  }

  /**
   * Thrown where rule code or a listener must stop at once: preallocated, without stack trace or
   * message, so that throwing it needs no memory and almost no stack. {@link RuleBase#evaluer}
   * replaces it with the {@link LimiteDepasseeException} that describes the stop. Rule code that
   * catches it enters an exception handler, which checks again and throws it again.
   */
  static final class Arret extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Arret INSTANCE = new Arret();

    private Arret() {
      super(null, null, false, false);
    }
  }

  /** The stop of this evaluation (this session's or another's), or null. */
  LimiteDepasseeException arret() {
    return budget.arret();
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    regleCourante = event.getMatch().getRule().getName();
    if (budget.arrete()) {
      session.halt();
    } else if (++declenchements > budget.limites.declenchements()) {
      budget.marquer(LimiteDepasseeException.Limite.DECLENCHEMENTS, regleCourante, this);
      session.halt();
    } else if (budget.expire()) {
      budget.marquer(LimiteDepasseeException.Limite.DUREE, regleCourante, this);
      session.halt();
    }
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    regleCourante = null;
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (++faits > budget.limites.faits()) {
      budget.marquer(LimiteDepasseeException.Limite.FAITS, regleCourante, this);
      throw Arret.INSTANCE;
    }
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    faits--;
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // the number of facts does not change
  }

  /** See {@link Garde#verifier}: the clock is read every 256 checks (a few microseconds of expert code). */
  void verifierCode(String qui) {
    codeCourant = qui;
    if (budget.arrete()) throw Arret.INSTANCE;
    if ((++verifications & 0xFF) == 0 && budget.expire()) {
      budget.marquer(LimiteDepasseeException.Limite.DUREE, qui, this);
      throw Arret.INSTANCE;
    }
  }

  /** The stack of the thread was exhausted by rule code calling itself; returns the stop. */
  LimiteDepasseeException profondeur() {
    budget.marquer(LimiteDepasseeException.Limite.PROFONDEUR, codeCourant != null ? codeCourant : regleCourante, this);
    return budget.arret();
  }

  /** The exception describing a stop marked by this session, with the rule's name and file. */
  LimiteDepasseeException exception(LimiteDepasseeException.Limite limite, String qui) {
    Limites l = budget.limites;
    String fonction = qui != null && qui.startsWith(FONCTION) ? qui.substring(FONCTION.length()) : null;
    String regle = qui == null || qui.isEmpty() ? null : fonction != null ? null : qui;
    String fichier = regle != null ? base.emplacementRegle(regle) : fonction != null ? base.emplacementFonction(fonction) : null;
    String nom = regle != null ? "la règle « " + regle + " »" : fonction != null ? "la fonction « " + fonction + " »" : null;
    String ou = nom == null ? "" : nom + (fichier != null ? " (" + fichier + ")" : "");
    String message;
    switch (limite) {
      case DECLENCHEMENTS:
        message = "évaluation arrêtée : plus de " + nombre(l.declenchements()) + " déclenchements de règles dans une session"
            + " (limite des déclenchements)" + (nom == null ? "" : " ; " + ou + " se déclenchait sans fin");
        break;
      case DUREE:
        message = "évaluation arrêtée : durée maximale de " + duree(l.duree()) + " dépassée (limite de durée)"
            + (nom == null ? "" : " ; " + ou + " s'exécutait");
        break;
      case FAITS:
        message = "évaluation arrêtée : plus de " + nombre(l.faits()) + " faits dans une session (limite de faits)"
            + (nom == null ? " : les faits de l'évaluation dépassent à eux seuls la limite" : " ; " + ou + " insérait des faits sans fin");
        break;
      default:
        message = "évaluation arrêtée : appels imbriqués sans fin (pile d'exécution épuisée)"
            + (nom == null ? "" : " ; " + ou + " s'appelait elle-même sans fin");
    }
    return new LimiteDepasseeException(limite, message, fonction != null ? "fonction " + fonction : regle, fichier);
  }

  /** Prefix of {@code qui} for the code of a DRL function (see {@code fr.ctg.regles.sandbox.Bornage}, ctg-rules-compilateur). */
  static final String FONCTION = "fonction ";

  private static String nombre(long n) {
    return Textes.nombre(n);
  }

  static String duree(Duration d) {
    long ms = d.toMillis();
    if (ms % 60_000 == 0) return ms / 60_000 + " min";
    if (ms % 1_000 == 0) return ms / 1_000 + " s";
    return ms + " ms";
  }
}
