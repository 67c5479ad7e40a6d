package vn.chinhdon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Chỉnh Đốn: one deployable modular monolith (see docs/architecture.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChinhDonApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChinhDonApplication.class, args);
    }
}
