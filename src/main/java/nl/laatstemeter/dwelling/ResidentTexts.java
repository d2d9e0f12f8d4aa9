package nl.laatstemeter.dwelling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a resident is told at each point where a resident message is due, as bean
 * {@code residentTexts}: the text the communication party passes on by phone, letter or visit
 * when the dwelling has no e-mail address ({@code informResidentOffline}, variable
 * {@code offlineMessage}).
 */
@Component("residentTexts")
public class ResidentTexts {

  /** Kinds of resident message (variable {@code mailType} of process {@code residentMessage}). */
  public static final String PLANNED_DATE = "PLANNED_DATE";
  public static final String DATE_CHANGED = "DATE_CHANGED";
  public static final String COMPLETED = "COMPLETED";
  public static final String REPORT_RECEIVED = "REPORT_RECEIVED";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  public String plannedDate(VariableScope dwelling) {
    return "Beste bewoner van " + address(dwelling) + ", uw woning wordt aangesloten op het warmtenet op "
        + day(dwelling) + ". Die dag komen de monteurs vanaf 7:00 uur. Zorg dat zij bij de plek van de afleverset "
        + "en de cv-ketel kunnen. Vragen? Neem contact op met uw vaste contactpersoon.";
  }

  public String dateChanged(VariableScope dwelling) {
    return "Beste bewoner van " + address(dwelling) + ", de datum waarop uw woning wordt aangesloten op het warmtenet "
        + "is gewijzigd. De nieuwe datum is " + day(dwelling) + ", vanaf 7:00 uur. Excuses voor het ongemak.";
  }

  public String completed(VariableScope dwelling) {
    return "Beste bewoner van " + address(dwelling) + ", uw woning is aangesloten op het warmtenet en de installatie "
        + "is in bedrijf gesteld. Binnenkort nemen wij contact met u op om te horen of alles naar wens werkt.";
  }

  public String reportReceived(VariableScope dwelling) {
    return "Beste bewoner van " + address(dwelling) + ", wij hebben uw melding ontvangen en nemen zo snel mogelijk "
        + "contact met u op.";
  }

  private static String address(VariableScope dwelling) {
    Object address = dwelling.getVariable(DwellingProcesses.ADDRESS);
    return address == null ? "woning " + dwelling.getVariable(DwellingProcesses.DWELLING_ID) : address.toString();
  }

  private static String day(VariableScope dwelling) {
    LocalDate date = Values.date(dwelling.getVariable(DwellingProcesses.PLANNED_DATE), DwellingProcesses.PLANNED_DATE);
    return DAY.format(date);
  }
}
