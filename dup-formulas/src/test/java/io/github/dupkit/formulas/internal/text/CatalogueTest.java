package io.github.dupkit.formulas.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalogue's checks of its bundles, and its formatting in both languages. */
class CatalogueTest {

  /** Two keys; the bundles come from a folder of the test resources. */
  enum Keys implements MessageKey {
    ONE,
    TWO;

    static final Catalogue<Keys> GOOD = Catalogue.load(Keys.class, from("good"));

    @Override
    public Catalogue<?> catalogue() {
      return GOOD;
    }
  }

  static Function<String, InputStream> from(String folder) {
    return name -> CatalogueTest.class.getResourceAsStream(folder + "/" + name);
  }

  @Test
  void formatsInEachLanguageWithPlaceholdersAndApostrophes() {
    Text t = Text.of(Keys.TWO, 3, BigDecimal.valueOf(1234.5));
    assertThat(t.render(Locale.ITALIAN)).isEqualTo("3 su 1.234,5");
    assertThat(t.render(Locale.ENGLISH)).isEqualTo("3 of 1,234.5");
    assertThat(Text.of(Keys.ONE).render(Locale.ITALIAN)).isEqualTo("Un'altra prova");
    assertThat(Text.of(Keys.ONE).render(Locale.UK)).isEqualTo("Another test");
  }

  @Test
  void anyOtherLocaleIsItalianAndTheDefaultLocaleIsNeverUsed() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertThat(Text.of(Keys.TWO, 1, 2).render(Locale.GERMANY)).isEqualTo("1 su 2");
      assertThat(Text.of(Keys.TWO, 1, 2).render(Locale.ROOT)).isEqualTo("1 su 2");
      assertThat(Text.of(Keys.ONE).toString()).isEqualTo("Un'altra prova");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void nestedTextsAndLiteralsAreWrittenInTheSameLanguage() {
    Text inner = Text.of(Keys.ONE);
    Text outer = Text.of(Keys.TWO, inner, Text.literal("x"));
    assertThat(outer.render(Locale.ENGLISH)).isEqualTo("Another test of x");
    assertThat(outer.italian()).isEqualTo("Un'altra prova su x");
    assertThat(outer.key()).isEqualTo(Keys.TWO);
    assertThat(outer.args()).containsExactly(inner, Text.literal("x"));
    assertThat(Text.literal("x").key()).isNull();
    assertThat(outer).isEqualTo(Text.of(Keys.TWO, Text.of(Keys.ONE), Text.literal("x")));
    assertThat(outer.hashCode())
        .isEqualTo(Text.of(Keys.TWO, Text.of(Keys.ONE), Text.literal("x")).hashCode());
    assertThat(outer).isNotEqualTo(Text.of(Keys.TWO, inner, "x"));
  }

  @Test
  void argumentsOfOtherTypesAreRefused() {
    assertThatThrownBy(() -> Text.of(Keys.TWO, 1.5d, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Double");
  }

  @Test
  void aKeyWithoutATextInALanguageFails() {
    assertThatThrownBy(() -> Catalogue.load(Keys.class, from("missing")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("messages_en.properties lacks two");
  }

  @Test
  void placeholdersThatDifferBetweenLanguagesFail() {
    assertThatThrownBy(() -> Catalogue.load(Keys.class, from("placeholders")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two has placeholders [0, 2], the Italian text [0, 1]");
  }

  @Test
  void aTextWithoutAKeyFails() {
    assertThatThrownBy(() -> Catalogue.load(Keys.class, from("extra")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("holds three, which is no key of Keys");
  }

  @Test
  void formatsOtherThanPlainPlaceholdersFail() {
    assertThatThrownBy(() -> Catalogue.load(Keys.class, from("braces")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only placeholders");
  }

  @Test
  void aMissingLanguageFails() {
    assertThatThrownBy(() -> Catalogue.load(Keys.class, from("absent")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No texts messages_en.properties");
  }

  @Test
  void patternsAndPlaceholders() {
    assertThat(Keys.GOOD.pattern(Keys.TWO, Locale.ENGLISH)).isEqualTo("{0} of {1}");
    assertThat(Keys.GOOD.keys()).isEqualTo(Keys.class);
    assertThat(Catalogue.placeholders("{1} e {0}, {1}")).containsExactly(0, 1);
    assertThat(Catalogue.bundleName(Locale.ENGLISH)).isEqualTo("messages_en.properties");
    assertThat(Keys.ONE.key()).isEqualTo("one");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.725|72,5%|72.5%",
        "0.98345|98,35%|98.35%",
        "1|100%|100%",
        "123.456|12.345,6%|12,345.6%"
      })
  void percentages(String fraction, String italian, String english) {
    BigDecimal f = new BigDecimal(fraction);
    assertThat(PeopleFormat.of(Locale.ITALIAN).percent(f)).isEqualTo(italian);
    assertThat(PeopleFormat.of(Locale.ENGLISH).percent(f)).isEqualTo(english);
    assertThat(PeopleFormat.of(Locale.ITALIAN).write(Num.percentOf(f))).isEqualTo(italian);
  }

  @Test
  void moneyDatesQuantitiesAndIntegers() {
    PeopleFormat it = PeopleFormat.of(Locale.ITALY);
    PeopleFormat en = PeopleFormat.of(Locale.US);
    assertThat(it.language()).isEqualTo(Languages.ITALIAN);
    assertThat(en.language()).isEqualTo(Languages.ENGLISH);
    assertThat(it.money(new BigDecimal("10000000"))).isEqualTo("€ 10.000.000");
    assertThat(en.money(new BigDecimal("10000000"))).isEqualTo("€10,000,000");
    assertThat(it.money(new BigDecimal("-5"))).isEqualTo("-€ 5");
    assertThat(en.money(new BigDecimal("-5.5"))).isEqualTo("-€5.5");
    assertThat(it.date(LocalDate.of(2023, 6, 30))).isEqualTo("30/06/2023");
    assertThat(en.date(LocalDate.of(2023, 6, 30))).isEqualTo("30 June 2023");
    assertThat(it.quantity(new BigDecimal("30"), "gg")).isEqualTo("30 gg");
    assertThat(en.quantity(new BigDecimal("95"), "%")).isEqualTo("95%");
    assertThat(it.quantity(new BigDecimal("26.20"), "€")).isEqualTo("€ 26,20");
    assertThat(en.quantity(new BigDecimal("2000.5"), "")).isEqualTo("2,000.5");
    assertThat(it.integer(1234L)).isEqualTo("1.234");
    assertThat(en.write(1234L)).isEqualTo("1,234");
    assertThat(it.rounded(new BigDecimal("2.345"), 2)).isEqualTo("2,35");
    assertThat(en.write(Num.rounded(new BigDecimal("2.345"), 1))).isEqualTo("2.3");
    assertThat(it.write(Num.exact(new BigDecimal("0.5")))).isEqualTo("0,5");
    assertThat(it.write(Num.quantity(BigDecimal.TEN, "€"))).isEqualTo("€ 10");
    assertThat(it.write(LocalDate.of(2024, 12, 31))).isEqualTo("31/12/2024");
    assertThat(it.write("as is")).isEqualTo("as is");
  }

  @Test
  void numbersEqualByValue() {
    assertThat(Num.exact(new BigDecimal("1.0"))).isEqualTo(Num.exact(BigDecimal.ONE));
    assertThat(Num.exact(new BigDecimal("1.0")).hashCode())
        .isEqualTo(Num.exact(BigDecimal.ONE).hashCode());
    assertThat(Num.exact(BigDecimal.ONE)).isNotEqualTo(Num.quantity(BigDecimal.ONE, "%"));
    assertThatThrownBy(() -> Num.rounded(BigDecimal.ONE, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Num(BigDecimal.ONE, "%", 2, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void languages() {
    assertThat(Languages.resolve(Locale.CANADA)).isEqualTo(Locale.ENGLISH);
    assertThat(Languages.resolve(Locale.FRANCE)).isEqualTo(Locale.ITALIAN);
    assertThat(Languages.SUPPORTED).containsExactly(Locale.ITALIAN, Locale.ENGLISH);
  }
}
