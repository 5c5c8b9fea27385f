package cn.trafficpolice.eservices.payment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The payment platform reports paid orders (HTTP Basic, role PAYMENT). */
@RestController
@RequestMapping("/api/v1/systems/payment")
@Tag(name = "外部系统：支付平台", description = "统一支付平台回传订单支付结果")
class PaymentCallbackController {

  private final PaymentNotices notices;

  PaymentCallbackController(PaymentNotices notices) {
    this.notices = notices;
  }

  @PostMapping("/orders/{orderNumber}/paid")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "回传支付成功", security = @SecurityRequirement(name = "system"))
  void paid(@PathVariable String orderNumber, @Valid @RequestBody PaidReport report) {
    notices.paid(orderNumber, report.amount(), report.transactionId().trim());
  }

  record PaidReport(@NotNull @DecimalMin("0.01") BigDecimal amount, @NotBlank @Size(max = 64) String transactionId) {
  }
}
