package io.github.dupkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class DupReadExceptionTest {

  @Test
  void message_namesLineColumnPathAndProblem() {
    DupReadException e = new DupReadException("unknown field 'nmae'", 7, 15, "/areas/0/nmae");

    assertThat(e.getMessage())
        .isEqualTo("line 7, column 15, at /areas/0/nmae: unknown field 'nmae'");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.column()).isEqualTo(15);
    assertThat(e.path()).isEqualTo("/areas/0/nmae");
    assertThat(e.problem()).isEqualTo("unknown field 'nmae'");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void message_leavesOutWhatIsUnknown() {
    assertThat(new DupReadException("the file is empty", 0, 0, "").getMessage())
        .isEqualTo("the file is empty");
    assertThat(new DupReadException("bad", 3, 0, "").getMessage()).isEqualTo("line 3: bad");
    assertThat(new DupReadException("bad", 0, 0, "B12").getMessage()).isEqualTo("at B12: bad");
  }

  @Test
  void cause_isKept() {
    IOException cause = new IOException("disk");
    assertThat(new DupReadException("bad", 1, 1, "", cause).getCause()).isSameAs(cause);
  }

  @Test
  void constructor_rejectsBlankProblemsAndNegativePositions() {
    assertThatThrownBy(() -> new DupReadException(" ", 1, 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DupReadException("bad", -1, 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DupReadException("bad", 1, -1, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
