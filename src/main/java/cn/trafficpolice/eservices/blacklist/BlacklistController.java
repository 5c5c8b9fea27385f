package cn.trafficpolice.eservices.blacklist;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.application.Application;
import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "互联网黑名单")
class BlacklistController {

  private final BlacklistService blacklist;
  private final AccountService accounts;
  private final ApplicationService applications;

  BlacklistController(BlacklistService blacklist, AccountService accounts, ApplicationService applications) {
    this.blacklist = blacklist;
    this.accounts = accounts;
    this.applications = applications;
  }

  @GetMapping("/api/v1/me/blacklist")
  @Operation(summary = "本人当前的互联网黑名单记录：原因和截止日期")
  List<BlacklistEntry> mine(CurrentCitizen me) {
    Citizen citizen = accounts.get(me.id());
    List<BlacklistEntry> entries = blacklist.active(citizen.idNumber());
    if (citizen.realName()) {
      return entries;
    }
    // a non-real-name account's ID number is only a claim: it sees the entries its own applications caused
    Set<String> own = applications.ofCitizen(me.id()).stream().map(Application::serialNumber)
        .collect(Collectors.toSet());
    return entries.stream().filter(e -> own.contains(e.sourceSerial())).toList();
  }
}
