package fr.ctg.regles.conv;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Fact inserted by the CONV-RESILIATION rules: the day the convention stops being in force because
 * of its termination (the engagements stop that day). Read by CONV-PERIODE. Immutable.
 */
public final class ResiliationEffective {
  private final String type;
  private final LocalDate date;

  public ResiliationEffective(String type, LocalDate date) {
    this.type = Objects.requireNonNull(type);
    this.date = Objects.requireNonNull(date);
  }

  public String type() { return type; }

  /** First day the convention is no longer in force. */
  public LocalDate date() { return date; }

  @Override
  public String toString() {
    return "ResiliationEffective[" + type + ", " + date + "]";
  }
}
