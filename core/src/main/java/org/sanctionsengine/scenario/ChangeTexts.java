package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctionsengine.goods.HsRange;
import org.sanctionsengine.regime.CapUnit;
import org.sanctionsengine.regime.Direction;

/** Changes in words for people, shared by the command-line texts and the reports. */
public final class ChangeTexts {
  private ChangeTexts() {}

  /** "lift", "raise the cap to 2,000,000 bbl", "exclude 2204, 2208 (into the DPRK only)". */
  public static String what(ScenarioChange change) {
    return switch (change) {
      case ScenarioChange.Lift l -> "lift";
      case ScenarioChange.Suspend s -> "suspend";
      case ScenarioChange.RemoveCap r -> "remove the cap";
      case ScenarioChange.RaiseCap r ->
          "raise the cap to "
              + r.limits().stream()
                  .map(l -> amount(l.amount(), l.unit()))
                  .collect(Collectors.joining(" or "));
      case ScenarioChange.NarrowScope n ->
          "take goods out of it: "
              + n.exclude().stream().map(HsRange::toString).collect(Collectors.joining(", "))
              + way(n.direction());
      case ScenarioChange.AddExemption a ->
          "add the exemption '"
              + a.exemption().claim()
              + "'"
              + (a.project().isEmpty() ? "" : " for the " + a.project())
              + ", yielding "
              + a.exemption().yields().code()
              + " when claimed: "
              + a.exemption().conditions();
    };
  }

  /** "from 2019-03-01", "from 2019-03-01 to 2020-02-29". */
  public static String days(ScenarioChange change) {
    LocalDate from = change.period().from();
    return change
        .period()
        .endsOn()
        .map(last -> "from " + from + " to " + last)
        .orElse("from " + from);
  }

  /** The change with its days and what snap-back did to it. */
  public static String applied(AppliedChange change) {
    String text = what(change.written()) + " " + days(change.written());
    if (!change.phase().isEmpty()) {
      text += " (phase '" + change.phase() + "')";
    }
    if (change.snappedBack()) {
      text +=
          change.effective().isEmpty()
              ? "; never applies: '"
                  + change.violated()
                  + "' was violated on "
                  + change.snapBackOn()
              : "; snapped back on "
                  + change.snapBackOn()
                  + " ('"
                  + change.violated()
                  + "' violated): the measure applies again from that day";
    }
    return text;
  }

  private static String way(Direction direction) {
    return switch (direction) {
      case INTO_TARGET -> " (supplies into the DPRK only)";
      case FROM_TARGET -> " (DPRK exports only)";
      case BOTH -> "";
    };
  }

  private static String amount(long amount, CapUnit unit) {
    String number = String.format(Locale.ROOT, "%,d", amount);
    return unit == CapUnit.USD ? "USD " + number : number + " " + unit.symbol();
  }
}
