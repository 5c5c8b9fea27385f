package cn.trafficpolice.eservices.address;

import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/addresses")
@Tag(name = "收件地址", description = "本人的邮寄地址簿：新增、设为默认、删除")
class AddressController {

  private final AddressBook book;

  AddressController(AddressBook book) {
    this.book = book;
  }

  @GetMapping
  @Operation(summary = "我的收件地址（默认地址在前）")
  List<Address> list(CurrentCitizen me) {
    return book.list(me.id());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "使用新地址：新增收件地址，第一个地址自动设为默认")
  Address add(CurrentCitizen me, @Valid @RequestBody NewAddress address) {
    return book.add(me.id(), address);
  }

  @PutMapping("/{addressId}/default")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "设为默认地址")
  void setDefault(CurrentCitizen me, @PathVariable long addressId) {
    book.setDefault(me.id(), addressId);
  }

  @DeleteMapping("/{addressId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "删除收件地址")
  void delete(CurrentCitizen me, @PathVariable long addressId) {
    book.delete(me.id(), addressId);
  }
}
