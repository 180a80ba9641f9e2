package csp.enrollment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PipelineKafkaDefaultsTests {

    @Test
    void givesEveryServiceTheAvroSerdeBehindTheErrorHandlingDeserializer() {
        var environment = new StandardEnvironment();

        new PipelineKafkaDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.producer.value-serializer"))
            .isEqualTo("csp.enrollment.serde.AvroSerializer");
        assertThat(environment.getProperty("spring.kafka.consumer.value-deserializer"))
            .endsWith("ErrorHandlingDeserializer");
        assertThat(environment.getProperty("spring.kafka.consumer.properties.spring.deserializer.value.delegate.class"))
            .isEqualTo("csp.enrollment.serde.AvroDeserializer");
        assertThat(environment.getProperty("spring.kafka.consumer.properties.specific.avro.reader")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(environment.getProperty("spring.kafka.producer.properties.max.block.ms")).isEqualTo("10000");
        assertThat(environment.getProperty("spring.kafka.listener.only-log-record-metadata")).isEqualTo("true");
        assertThat(environment.getProperty("spring.kafka.template.observation-enabled")).isNull();
        assertThat(environment.getProperty("spring.kafka.listener.observation-enabled")).isEqualTo("true");
    }

    @Test
    void aServiceOwnSettingWinsSoConfluentsSerializerIsAConfigurationChange() {
        var environment = new StandardEnvironment();
        environment.getPropertySources()
            .addFirst(new MapPropertySource("service",
                    Map.of("spring.kafka.producer.value-serializer",
                            "io.confluent.kafka.serializers.KafkaAvroSerializer", "spring.application.name",
                            "credit-check-service")));

        new PipelineKafkaDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.kafka.producer.value-serializer"))
            .isEqualTo("io.confluent.kafka.serializers.KafkaAvroSerializer");
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("credit-check-service");
    }

}
