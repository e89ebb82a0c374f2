package fr.ctg.territoire;

/** A date before the first year of the dated registry; the French message gives the covered range. */
public final class DateHorsRegistreException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  DateHorsRegistreException(String message) {
    super(message);
  }
}
