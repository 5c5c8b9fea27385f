package cn.trafficpolice.eservices.address;

import cn.trafficpolice.eservices.validation.Phone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An address the citizen adds ("使用新地址"); {@code makeDefault} also makes it the default. */
public record NewAddress(
    @NotBlank @Size(max = 50) String recipient,
    @NotBlank @Phone String phone,
    @NotBlank @Size(max = 20) String province,
    @NotBlank @Size(max = 20) String city,
    @NotBlank @Size(max = 20) String district,
    @NotBlank @Size(max = 200) String detail,
    boolean makeDefault) {
}
