package cn.trafficpolice.eservices.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded photo must be. The configured defaults ({@code eservices.photo.*}) suit a phone photo of a
 * document; a business with stricter needs (e.g. a licence portrait) passes its own rules.
 */
@ConfigurationProperties("eservices.photo")
public record PhotoRules(
    @DefaultValue("2MB") DataSize maxSize,
    @DefaultValue("300") int minWidth,
    @DefaultValue("300") int minHeight,
    @DefaultValue("6000") int maxWidth,
    @DefaultValue("6000") int maxHeight) {
}
