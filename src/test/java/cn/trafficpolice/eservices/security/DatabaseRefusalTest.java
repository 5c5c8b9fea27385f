package cn.trafficpolice.eservices.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.error.ProblemHandler;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A value the database refuses where validation missed it (too long for its column, a duplicate): the request's
 * fault, answered 4xx. No endpoint is known to reach it any more, so a stand-in controller throws what JDBC would.
 */
class DatabaseRefusalTest {

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new RefusingController())
      .setControllerAdvice(new ProblemHandler()).build();

  @Test
  void aValueTooLongForItsColumnIsA400() throws Exception {
    mvc.perform(get("/too-long")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
  }

  @Test
  void aDuplicateKeyIsA409() throws Exception {
    mvc.perform(get("/duplicate")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("CONCURRENT_UPDATE"));
  }

  @RestController
  static class RefusingController {

    @GetMapping("/too-long")
    void tooLong() {
      throw new DataIntegrityViolationException("Value too long for column \"PHONE CHARACTER VARYING(11)\"");
    }

    @GetMapping("/duplicate")
    void duplicate() {
      throw new DuplicateKeyException("duplicate key value violates unique constraint");
    }
  }
}
