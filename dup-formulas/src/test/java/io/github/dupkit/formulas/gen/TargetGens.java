package io.github.dupkit.formulas.gen;

import static io.github.dupkit.formulas.gen.Gens.booleans;
import static io.github.dupkit.formulas.gen.Gens.draw;
import static io.github.dupkit.formulas.gen.Gens.ints;
import static io.github.dupkit.formulas.gen.Gens.pick;

import io.github.dupkit.formulas.ItalianNumbers;
import io.github.dupkit.formulas.target.Comparison;
import io.github.dupkit.formulas.target.Polarity;
import io.github.dupkit.formulas.target.Target;
import io.github.dupkit.formulas.target.Target.Form;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;

/**
 * Targets written from their parts in the many spellings DUPs use, text near targets, and targets
 * with the values and baselines to assess them with, for the properties of {@code Target} and
 * {@code Assessment}.
 */
public final class TargetGens {
  private TargetGens() {}

  /** A target written from parts, with what it must read as. */
  public record Written(
      String text,
      Form form,
      @Nullable Comparison comparison,
      @Nullable BigDecimal value,
      String unit,
      boolean annual,
      boolean revisable,
      @Nullable LocalDate deadline) {
    @Override
    public String toString() {
      return text;
    }
  }

  /** Targets of every form, sometimes in capitals, sometimes with extra spaces. */
  public static Gen<Written> written() {
    Gen<Written> forms =
        Gens.oneOf(value(), value(), range(), deadline(), yesNo(), maintenance(), change());
    return in -> {
      Written w = forms.generate(in);
      boolean upper = booleans().generate(in);
      boolean spaced = booleans().generate(in);
      String text = w.text();
      if (upper) {
        text = text.toUpperCase(Locale.ROOT);
      }
      if (spaced) {
        text = "  " + text.replace(" ", "   ") + " ";
      }
      return new Written(
          text,
          w.form(),
          w.comparison(),
          w.value(),
          w.unit(),
          w.annual(),
          w.revisable(),
          w.deadline());
    };
  }

  /** The texts of {@link #written()}. */
  public static Gen<String> anyWritten() {
    return written().map(Written::text);
  }

  /** Targets as a cell would hold them: no deadline or change, whose words could run on. */
  public static Gen<List<String>> cellTargets() {
    Gen<String> one =
        Gens.<Written>oneOf(value(), range(), yesNo())
            .map(Written::text)
            .assuming(t -> !t.contains("  "));
    return Gens.lists(one, 1, 5);
  }

  /** Amounts from 0 to 100.000.000 with zero, one or two decimals. */
  private static Gen<BigDecimal> amounts() {
    Gen<BigDecimal> cents = Gens.decimals("0", "100000000", 2);
    Gen<Integer> scales = ints(0, 2);
    return in -> cents.generate(in).setScale(scales.generate(in), RoundingMode.DOWN);
  }

  /** Writes a non-negative number in Italian, with or without thousands separators. */
  private static Gen<String> written(BigDecimal value) {
    String plain = ItalianNumbers.format(value);
    int comma = plain.indexOf(',');
    String integer = comma < 0 ? plain : plain.substring(0, comma);
    StringBuilder grouped = new StringBuilder(integer);
    for (int i = integer.length() - 3; i > 0; i -= 3) {
      grouped.insert(i, '.');
    }
    String groupedText = grouped + (comma < 0 ? "" : plain.substring(comma));
    return pick(plain, groupedText);
  }

  private record Unit(String before, String after, String unit) {}

  private static Gen<Unit> units() {
    return pick(
        new Unit("", "", ""),
        new Unit("", "%", "%"),
        new Unit("", " %", "%"),
        new Unit("€ ", "", "€"),
        new Unit("€", "", "€"),
        new Unit("", " €", "€"),
        new Unit("", " euro", "€"),
        new Unit("", " gg", "gg"),
        new Unit("", " kg", "kg"),
        new Unit("", " campo", "campo"),
        new Unit("", " giorni", "giorni"));
  }

  private record Spelled(String text, @Nullable Comparison comparison) {}

  private static Gen<Spelled> comparisons() {
    return pick(
        new Spelled("", null),
        new Spelled(">", Comparison.MORE_THAN),
        new Spelled("> ", Comparison.MORE_THAN),
        new Spelled(">=", Comparison.AT_LEAST),
        new Spelled("≥ ", Comparison.AT_LEAST),
        new Spelled("<", Comparison.LESS_THAN),
        new Spelled("<= ", Comparison.AT_MOST),
        new Spelled("≤", Comparison.AT_MOST),
        new Spelled("= ", Comparison.EQUAL_TO),
        new Spelled("maggiore di ", Comparison.MORE_THAN),
        new Spelled("maggiore o uguale a ", Comparison.AT_LEAST),
        new Spelled("minore di ", Comparison.LESS_THAN),
        new Spelled("minore o uguale a ", Comparison.AT_MOST),
        new Spelled("superiore a ", Comparison.MORE_THAN),
        new Spelled("inferiore a ", Comparison.LESS_THAN),
        new Spelled("non inferiore a ", Comparison.AT_LEAST),
        new Spelled("non superiore a ", Comparison.AT_MOST),
        new Spelled("almeno ", Comparison.AT_LEAST),
        new Spelled("fino a ", Comparison.AT_MOST),
        new Spelled("massimo ", Comparison.AT_MOST),
        new Spelled("minimo ", Comparison.AT_LEAST),
        new Spelled("oltre ", Comparison.MORE_THAN),
        new Spelled("pari a ", Comparison.EQUAL_TO));
  }

  private record Marker(String text, boolean annual, boolean revisable) {}

  private static Gen<Marker> markers() {
    return pick(
        new Marker("", false, false), new Marker("*", true, false), new Marker("**", false, true));
  }

  private static Gen<LocalDate> dates() {
    return ints(0, 3650).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
  }

  private static String date(LocalDate d) {
    return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
  }

  private static Gen<Written> value() {
    Gen<Spelled> comparisons = comparisons();
    Gen<BigDecimal> amounts = amounts();
    Gen<Unit> units = units();
    Gen<Marker> markers = markers();
    Gen<@Nullable LocalDate> deadlines = Gens.oneOf(in -> null, dates());
    return in -> {
      Spelled comparison = comparisons.generate(in);
      boolean negative = booleans().generate(in);
      BigDecimal amount = amounts.generate(in);
      Unit unit = units.generate(in);
      Marker marker = markers.generate(in);
      LocalDate due = deadlines.generate(in);
      String number = written(amount).generate(in);
      BigDecimal value = negative ? amount.negate() : amount;
      String text =
          comparison.text()
              + (negative ? "-" : "")
              + unit.before()
              + number
              + unit.after()
              + marker.text()
              + (due == null ? "" : " entro il " + date(due));
      return new Written(
          text,
          Form.VALUE,
          comparison.comparison(),
          value,
          unit.unit(),
          marker.annual(),
          marker.revisable(),
          due);
    };
  }

  private static Gen<Written> range() {
    Gen<BigDecimal> amounts = amounts();
    Gen<String> units = pick("%", "", " gg");
    Gen<Marker> markers = markers();
    return in -> {
      BigDecimal a = amounts.generate(in);
      BigDecimal b = amounts.generate(in);
      String unit = units.generate(in);
      boolean tra = booleans().generate(in);
      Marker marker = markers.generate(in);
      BigDecimal low = a.min(b);
      BigDecimal high = a.max(b);
      String lowText = ItalianNumbers.format(low) + unit;
      String highText = ItalianNumbers.format(high) + unit;
      String text =
          (tra ? "tra " + lowText + " e " + highText : "da " + lowText + " a " + highText)
              + marker.text();
      return new Written(
          text, Form.RANGE, null, null, unit.trim(), marker.annual(), marker.revisable(), null);
    };
  }

  private static Gen<Written> deadline() {
    Gen<LocalDate> dates = dates();
    Gen<String> prefixes = pick("", "entro il ", "entro ", "entro e non oltre il ");
    Gen<Marker> markers = markers();
    return in -> {
      LocalDate d = dates.generate(in);
      String prefix = prefixes.generate(in);
      Marker marker = markers.generate(in);
      return new Written(
          prefix + date(d) + marker.text(),
          Form.DEADLINE,
          null,
          null,
          "",
          marker.annual(),
          marker.revisable(),
          d);
    };
  }

  private static Gen<Written> yesNo() {
    Gen<String> words = pick("SI", "SÌ", "sì", "NO", "no");
    Gen<Marker> markers = markers();
    return in -> {
      String word = words.generate(in);
      Marker marker = markers.generate(in);
      return new Written(
          word + marker.text(),
          Form.YES_NO,
          null,
          null,
          "",
          marker.annual(),
          marker.revisable(),
          null);
    };
  }

  private static Gen<String> references() {
    return Gens.oneOf(
        ints(2000, 2099).map(y -> "rispetto al " + y),
        pick(
            "rispetto all'anno precedente",
            "rispetto al valore di partenza",
            "rispetto alla baseline"));
  }

  private static Gen<Written> maintenance() {
    Gen<Spelled> directions =
        pick(
            new Spelled("", null),
            new Spelled(" o aumento", Comparison.AT_LEAST),
            new Spelled(" o riduzione", Comparison.AT_MOST),
            new Spelled(" o miglioramento", null));
    Gen<String> references = Gens.oneOf(in -> "", references().map(r -> " " + r));
    Gen<Marker> markers = markers();
    return in -> {
      Spelled direction = directions.generate(in);
      String reference = references.generate(in);
      Marker marker = markers.generate(in);
      return new Written(
          "mantenimento" + direction.text() + reference + marker.text(),
          Form.MAINTENANCE,
          direction.comparison(),
          null,
          "",
          marker.annual(),
          marker.revisable(),
          null);
    };
  }

  private static Gen<Written> change() {
    Gen<String> signs = pick("+", "-");
    Gen<BigDecimal> amounts = amounts();
    Gen<String> units = pick("%", "", " gg");
    Gen<String> references = references();
    Gen<Marker> markers = markers();
    return in -> {
      String sign = signs.generate(in);
      BigDecimal amount = amounts.generate(in);
      String unit = units.generate(in);
      String reference = references.generate(in);
      Marker marker = markers.generate(in);
      boolean up = sign.equals("+");
      return new Written(
          sign + ItalianNumbers.format(amount) + unit + " " + reference + marker.text(),
          Form.CHANGE,
          up ? Comparison.AT_LEAST : Comparison.AT_MOST,
          up ? amount : amount.negate(),
          unit.trim(),
          marker.annual(),
          marker.revisable(),
          null);
    };
  }

  /** Text near targets: their characters and words, shuffled, plus written targets cut short. */
  public static Gen<String> noise() {
    Gen<String> pieces =
        pick(
            "0",
            "1",
            "12",
            "2024",
            "30/06",
            "/",
            ".",
            ",",
            ",5",
            ".000",
            "%",
            "€",
            "*",
            "**",
            "<",
            ">",
            "=",
            "≥",
            "≤",
            "+",
            "-",
            "–",
            " ",
            "  ",
            "'",
            "’",
            "\t",
            "\n",
            "<b>",
            "</b>",
            "<i",
            "tra",
            "da",
            "e",
            "a",
            "entro",
            "il",
            "l'",
            "SI",
            "sì",
            "no",
            "mantenimento",
            "o",
            "aumento",
            "rispetto",
            "al",
            "all'anno",
            "anno",
            "precedente",
            "valore",
            "di",
            "partenza",
            "almeno",
            "non",
            "inferiore",
            "maggiore",
            "uguale",
            "gg",
            "campo",
            "giugno",
            "euro",
            "x",
            "é",
            "\u0301",
            "\uD83D\uDE00");
    Gen<String> shuffled = Gens.lists(pieces, 0, 12).map(l -> String.join("", l));
    Gen<String> spaced = Gens.lists(pieces, 0, 8).map(l -> String.join(" ", l));
    Gen<String> written = anyWritten();
    Gen<String> cut =
        in -> {
          String t = written.generate(in);
          return t.substring(0, draw(in, 0, t.length()));
        };
    Gen<String> joined = Gens.lists(written, 0, 3).map(l -> String.join(" ", l));
    return Gens.oneOf(shuffled, spaced, cut, joined, Gens.unicodeStrings(20));
  }

  // ---- targets to assess -----------------------------------------------------------------------

  /** Measured values and baselines: decimals from -1000 to 1000, and 0, 1, -1, 5. */
  public static Gen<BigDecimal> values() {
    return Gens.oneOf(
        Gens.decimals("-1000", "1000", 2),
        pick(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("-1"), new BigDecimal("5")));
  }

  private static Gen<String> goals() {
    return Gens.oneOf(
        ints(-20, 200).map(i -> String.valueOf(i)), pick("0", "-5", "5", "0,5", "72,50", "-25,29"));
  }

  /** Targets where a higher value is better: at least, more than, percentages, increases. */
  public static Gen<Target> higherIsBetter() {
    Gen<String> comparisons = pick(">", "≥", "almeno", "oltre", "");
    Gen<String> goals = goals();
    return Gens.oneOf(
        in ->
            Target.parse(
                comparisons.generate(in) + " " + goals.generate(in), Polarity.HIGHER_IS_BETTER),
        goals().map(g -> Target.parse(g + "%")),
        ints(0, 50).map(n -> Target.parse("+" + n + "% rispetto al 2022")),
        ints(-20, 20).map(n -> Target.parse("+" + Math.abs(n) + " rispetto al 2022")),
        in -> Target.parse("mantenimento"));
  }

  /** Targets where a lower value is better: at most, less than, reductions. */
  public static Gen<Target> lowerIsBetter() {
    Gen<String> comparisons = pick("<", "≤", "massimo", "inferiore a", "");
    Gen<String> goals = goals();
    return Gens.oneOf(
        in ->
            Target.parse(
                comparisons.generate(in) + " " + goals.generate(in), Polarity.LOWER_IS_BETTER),
        ints(0, 50).map(n -> Target.parse("-" + n + "% rispetto all'anno precedente")),
        in -> Target.parse("mantenimento o riduzione"));
  }

  /** Deadlines, a yearless one fixed to a year. */
  public static Gen<Target> deadlines() {
    return pick(
        Target.parse("30/06/2023"),
        Target.parse("entro il 31/12/2024"),
        Target.parse("entro il 30/06").withDeadlineYear(2024),
        Target.parse("100% entro il 30/06/2024"));
  }

  /** Targets relative to a baseline. */
  public static Gen<Target> relative() {
    return pick(
        Target.parse("mantenimento"),
        Target.parse("mantenimento o riduzione"),
        Target.parse("+5% rispetto al 2022"),
        Target.parse("-10% rispetto all'anno precedente"),
        Target.parse("+3 rispetto al 2022"),
        Target.parse("-3 gg rispetto al valore di partenza"));
  }

  /** Targets of every form. */
  public static Gen<Target> anyTarget() {
    Gen<String> goals = goals();
    Gen<Target> ranges =
        in -> {
          BigDecimal x = new BigDecimal(goals.generate(in).replace(',', '.'));
          BigDecimal y = new BigDecimal(goals.generate(in).replace(',', '.'));
          return Target.parse(
              "tra "
                  + ItalianNumbers.formatGrouped(x.min(y))
                  + "% e "
                  + ItalianNumbers.formatGrouped(x.max(y))
                  + "%");
        };
    return Gens.oneOf(
        higherIsBetter(),
        lowerIsBetter(),
        ranges,
        deadlines(),
        relative(),
        goals().map(g -> Target.parse("= " + g)),
        pick(Target.parse("SI"), Target.parse("NO")));
  }
}
