package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.support.DecisionExamples;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PP-11: the analysts' examples beside ForbiddenPlatePatterns.dmn, each sequence read as the app reads it. */
class ForbiddenPlatePatternsTableTest {

  private static final DecisionExamples EXAMPLES = new DecisionExamples(ForbiddenPlatePatterns.DECISION_KEY);

  static Stream<Arguments> examples() {
    return EXAMPLES.rows();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theAnalystsExamplesHold(Map<String, String> example) { // PP-11
    EXAMPLES.check(example, row -> Map.of(
        ForbiddenPlatePatterns.IN_OFFICE_CODE, row.get(ForbiddenPlatePatterns.IN_OFFICE_CODE),
        ForbiddenPlatePatterns.IN_SEQUENCE_NOTATIONS, SequenceNotations.of((String) row.get("sequence"))));
  }
}
