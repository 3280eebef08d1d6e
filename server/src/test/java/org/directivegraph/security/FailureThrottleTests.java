package org.directivegraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Failures from one address are slowed down after the limit, growingly, and memory stays bounded. */
class FailureThrottleTests {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresInAMinuteMakeTheAddressWaitLongerEachTime() {
        TestClock clock = new TestClock();
        FailureThrottle throttle = new FailureThrottle(new WriteAccessProperties(), clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1");
        }
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
        throttle.failed("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("10.0.0.2")).as("other addresses are not slowed").isEmpty();

        clock.now = clock.now.plusSeconds(31);
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
        throttle.failed("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).as("the next failure doubles the wait").contains(Duration.ofSeconds(60));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowAreNotSlowed() {
        TestClock clock = new TestClock();
        FailureThrottle throttle = new FailureThrottle(new WriteAccessProperties(), clock);
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.1");
            clock.now = clock.now.plusSeconds(20);
            if (i % 3 == 2) {
                clock.now = clock.now.plusSeconds(60);
            }
        }
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void theWaitIsCappedAndASuccessForgetsTheFailures() {
        TestClock clock = new TestClock();
        FailureThrottle throttle = new FailureThrottle(new WriteAccessProperties(), clock);
        for (int i = 0; i < 40; i++) {
            throttle.failed("10.0.0.1");
        }
        assertThat(throttle.waitFor("10.0.0.1")).contains(Duration.ofMinutes(15));
        throttle.succeeded("10.0.0.1");
        assertThat(throttle.waitFor("10.0.0.1")).isEmpty();
    }

    @Test
    void rememberedAddressesAreBounded() {
        WriteAccessProperties p = new WriteAccessProperties();
        p.setTrackedClients(100);
        FailureThrottle throttle = new FailureThrottle(p, new TestClock());
        for (int i = 0; i < 1000; i++) {
            throttle.failed("10.0." + (i / 250) + "." + (i % 250));
        }
        assertThat(throttle.tracked()).isEqualTo(100);
    }
}
