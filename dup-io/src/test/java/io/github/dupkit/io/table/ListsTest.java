package io.github.dupkit.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Lists}: councillors, units and partners from one cell. */
class ListsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<i>Bosi Squitieri</i>|Bosi;Squitieri|true",
        "Bosi Squitieri (tutti)|Bosi;Squitieri (tutti)|true",
        "De Luca Rossi|De Luca;Rossi|true",
        "Mario Rossi, Anna Bianchi|Mario Rossi;Anna Bianchi|false",
        "Rossi e Bianchi|Rossi;Bianchi|false",
        "Mario Rossi;|Mario Rossi|false",
        "Sanzò|Sanzò|false",
      })
  void councillors(String cell, String items, boolean guessed) {
    Lists.Split s = Lists.councillors(cell);
    assertThat(s.items()).containsExactly(items.split(";", -1));
    assertThat(s.guessed()).isEqualTo(guessed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Servizio Mobilità e Infrastrutture Corpo di Polizia Municipale|Servizio Mobilità e Infrastrutture;Corpo di Polizia Municipale|true",
        "Staff Direzione Generale Servizio Risorse Umane|Staff Direzione Generale;Servizio Risorse Umane|true",
        "Servizio Organi istituzionali, Servizi di supporto e Avvocatura|Servizio Organi istituzionali, Servizi di supporto e Avvocatura|false",
        "Servizio Urbanistica, Protezione Civile, Servizio Cultura|Servizio Urbanistica, Protezione Civile;Servizio Cultura|true",
        "Servizio A Ufficio B; Servizio C|Servizio A Ufficio B;Servizio C|false",
      })
  void units(String cell, String items, boolean guessed) {
    Lists.Split s = Lists.units(cell);
    assertThat(s.items()).containsExactly(items.split(";", -1));
    assertThat(s.guessed()).isEqualTo(guessed);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Alia SPA Consiag Servizi Comuni srl|Alia SPA;Consiag Servizi Comuni srl",
        "Publiacqua, Gida, Estra|Publiacqua;Gida;Estra",
        "Alia Spa|Alia Spa",
      })
  void partners(String cell, String items) {
    assertThat(Lists.partners(cell).items()).containsExactly(items.split(";", -1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<i>Servizio Sviluppo economico, SUEAP e Tutela dell'Ambiente</i>  <i>Alia Spa</i>|Servizio Sviluppo economico, SUEAP e Tutela dell'Ambiente|Alia Spa",
        "<i>PIN Scrl Fondazione ITS Mita</i>||PIN Scrl;Fondazione ITS Mita",
        "Servizio A; Alia Spa; Fondazione B|Servizio A|Alia Spa;Fondazione B",
        "Servizio Mobilità e Infrastrutture Corpo di Polizia Municipale|Servizio Mobilità e Infrastrutture;Corpo di Polizia Municipale|",
      })
  void unitsAndPartners(String cell, String units, String partners) {
    Lists.UnitsAndPartners s = Lists.unitsAndPartners(cell);
    assertThat(s.units()).containsExactly(units == null ? new String[0] : units.split(";", -1));
    assertThat(s.partners())
        .containsExactly(partners == null ? new String[0] : partners.split(";", -1));
    assertThat(s.guessed()).isTrue();
  }
}
