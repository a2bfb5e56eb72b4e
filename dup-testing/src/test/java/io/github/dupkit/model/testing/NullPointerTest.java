package io.github.dupkit.model.testing;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

/** No public method of the model generators accepts null. */
class NullPointerTest {
  @Test
  void staticMethods_rejectNull() {
    new NullPointerTester().testAllPublicStaticMethods(ModelGenerators.class);
    new NullPointerTester().testAllPublicStaticMethods(ModelGens.class);
  }
}
