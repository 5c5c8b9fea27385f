package cn.trafficpolice.eservices;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EServicesApplication {

  public static void main(String[] args) {
    SpringApplication.run(EServicesApplication.class, args);
  }
}
