package nl.laatstemeter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Procesplatform voor de laatste meter: Camunda 7 embedded in Spring Boot. */
@SpringBootApplication
public class LaatsteMeterApplication {

  public static void main(String[] args) {
    SpringApplication.run(LaatsteMeterApplication.class, args);
  }
}
