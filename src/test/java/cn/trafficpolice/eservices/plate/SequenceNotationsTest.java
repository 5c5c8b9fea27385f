package cn.trafficpolice.eservices.plate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PP-11: which notations of the forbidden-pattern table a plate's sequence contains. */
class SequenceNotationsTest {

  @Test
  void threeIdenticalDigitsReadAaa() { // PP-11
    assertThat(SequenceNotations.of("1A888")).contains("AAA", "888", "8", "1").doesNotContain("AAAA", "ABBB");
    assertThat(SequenceNotations.of("12A45")).doesNotContain("AAA", "AA");
  }

  @Test
  void pairsAndRepeatsReadAsAnAnalystWritesThem() { // PP-11
    assertThat(SequenceNotations.of("1212A")).contains("ABAB", "ABA", "1212").doesNotContain("AABB");
    assertThat(SequenceNotations.of("1122A")).contains("AABB", "AAB", "ABB").doesNotContain("ABAB");
    assertThat(SequenceNotations.of("D12345")).contains("ABCDE", "2345", "4").doesNotContain("AA");
  }

  @Test
  void lettersSeparateTheDigits() { // PP-11: 88A88 has no three identical digits in a row
    assertThat(SequenceNotations.of("88A88")).contains("AA", "88").doesNotContain("AAA", "ABA", "8888");
  }

  @Test
  void aSequenceWithoutDigitsContainsNoNotation() { // PP-11
    assertThat(SequenceNotations.of("AB")).isEmpty();
  }
}
