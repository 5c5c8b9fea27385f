package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "单位用户")
class MyOrganisationsController {

  private final Organisations organisations;

  MyOrganisationsController(Organisations organisations) {
    this.organisations = organisations;
  }

  @GetMapping("/api/v1/me/organisations")
  @Operation(summary = "本人任经办人的单位", description = "可为这些单位的新车在其登记地车管所预选号牌，并管理其机动车的备案。")
  List<Organisation> mine(CurrentCitizen me) {
    return organisations.ofAgent(me.id());
  }
}
