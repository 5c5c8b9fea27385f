package cn.trafficpolice.eservices.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** The review forms share one script, stylesheet and templates, served by the app where Tasklist may load them. */
@RestIntegrationTest
class ReviewFormAssetsIT {

  private static final String[] REVIEW_FORMS = {"review-licence-photo.html", "review-filing.html",
      "review-plate-appeal.html", "review-appointment.html", "handover-licence.html"};

  @Autowired
  CitizenClient citizen;

  @Test
  void theSharedPartsAreServedUnderTheReviewApi() throws Exception { // DESIGN: reviewers decide in Tasklist forms
    citizen.mvc().perform(get("/review-api/forms/review-form.js")).andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-cache"))
        .andExpect(content().string(containsString("window.ReviewForm")));
    for (String part : new String[] {"review-form.css", "loader.html", "facts.html", "photos.html",
        "decision.html"}) {
      citizen.mvc().perform(get("/review-api/forms/" + part)).andExpect(status().isOk());
    }
    citizen.mvc().perform(get("/review-api/forms/../application.yml")).andExpect(status().is4xxClientError());
    citizen.mvc().perform(get("/review-api/forms/nothing.js")).andExpect(status().isNotFound());
  }

  @Test
  void everyReviewFormUsesTheSharedPartsAndNoReasonListOfItsOwn() throws IOException { // EL-3 NF-3 PA-3 ID-3 LL-4
    for (String name : REVIEW_FORMS) {
      String form = new ClassPathResource("forms/" + name).getContentAsString(StandardCharsets.UTF_8);
      assertThat(form).as(name).contains("/review-api/forms/review-form.js")
          .contains("/review-api/forms/decision.html")
          // reasons come from the review API, the list the decision is checked against
          .doesNotContain("<option value=\"");
    }
  }
}
