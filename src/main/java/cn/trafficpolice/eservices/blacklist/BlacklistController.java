package cn.trafficpolice.eservices.blacklist;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "互联网黑名单")
class BlacklistController {

  private final BlacklistService blacklist;
  private final AccountService accounts;

  BlacklistController(BlacklistService blacklist, AccountService accounts) {
    this.blacklist = blacklist;
    this.accounts = accounts;
  }

  @GetMapping("/api/v1/me/blacklist")
  @Operation(summary = "本人当前的互联网黑名单记录：原因和截止日期")
  List<BlacklistEntry> mine(CurrentCitizen me) {
    return blacklist.active(accounts.get(me.id()).idNumber());
  }
}
