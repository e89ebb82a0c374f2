package fr.ctg.regles.conv;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Fact: the termination the text (or the caller) records: its kind ({@code MANQUEMENT},
 * {@code UNILATERALE}, {@code MODIFICATION_SANS_AVENANT}) and the date it was notified (for a
 * breach, the sending of the formal notice). The rules derive the date it takes effect. Immutable.
 */
public final class ResiliationNotifiee {
  private final String type;
  private final LocalDate dateNotification;
  private final String source;

  public ResiliationNotifiee(String type, LocalDate dateNotification, String source) {
    this.type = Objects.requireNonNull(type);
    this.dateNotification = Objects.requireNonNull(dateNotification);
    this.source = source;
  }

  public String type() { return type; }

  public LocalDate dateNotification() { return dateNotification; }

  public String source() { return source; }
}
