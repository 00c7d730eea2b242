package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.app.broker.EmbeddedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Test;

/** The embedded broker itself: its SASL listener, and a bounce that keeps port and data. */
class BrokerIT {

    @Test
    void saslListenerServesAKnownUser() throws Exception {
        try (Admin admin = Admin.create(sasl(KafkaCluster.SASL_USER, KafkaCluster.SASL_PASSWORD))) {
            assertFalse(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).isEmpty());
        }
    }

    @Test
    void saslListenerRejectsAWrongPassword() {
        try (Admin admin = Admin.create(sasl(KafkaCluster.SASL_USER, "wrong-password"))) {
            final ExecutionException e = assertThrows(ExecutionException.class,
                    () -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS));
            assertInstanceOf(SaslAuthenticationException.class, e.getCause());
        }
    }

    @Test
    void restartKeepsThePortAndTheData() throws Exception {
        final EmbeddedKafkaBroker broker = KafkaCluster.broker();
        final String topic = KafkaCluster.uniqueId("it.broker.restart");
        final String before = broker.bootstrapServers();
        try (Admin admin = KafkaCluster.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        try (KafkaProducer<byte[], byte[]> producer = KafkaCluster.producer()) {
            producer.send(new ProducerRecord<>(topic, "k".getBytes(StandardCharsets.UTF_8),
                    "kept".getBytes(StandardCharsets.UTF_8))).get(30, TimeUnit.SECONDS);
        }

        broker.restart();

        assertEquals(before, broker.bootstrapServers());
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaCluster.rawConsumerFromStart(topic)) {
            final List<ConsumerRecord<byte[], byte[]>> read = KafkaCluster.pollUntil(consumer, r -> true);
            assertEquals("kept", new String(read.get(0).value(), StandardCharsets.UTF_8));
        }
    }

    private static Properties sasl(final String user, final String password) {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaCluster.broker().saslBootstrapServers());
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        props.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        props.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required"
                + " username=\"" + user + "\" password=\"" + password + "\";");
        return props;
    }
}
