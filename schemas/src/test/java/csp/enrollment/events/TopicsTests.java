package csp.enrollment.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTests {

    @Test
    void namesAValueSchemaForEveryTopicInTheCatalogue() {
        assertThat(Topics.valueSchemas().keySet()).containsExactlyElementsOf(Topics.ALL);
        assertThat(Topics.valueSchemasBySubject().keySet())
            .containsExactlyElementsOf(Topics.ALL.stream().map(topic -> topic + "-value").toList());
        assertThat(Topics.valueSchemas().get(Topics.APPLICATIONS)).isEqualTo(EnrollmentApplication.getClassSchema());
    }

}
