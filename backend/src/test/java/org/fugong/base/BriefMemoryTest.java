package org.fugong.base;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What a node holds briefly never outlives a change it learns of, and never its time. */
class BriefMemoryTest {

    @Test
    void a_held_value_is_served_until_it_changes_here() {
        BriefMemory<String> memory = new BriefMemory<>(Duration.ofMinutes(1), 10);
        memory.hold("n1", "春节后返岗须知", memory.stamp());

        assertThat(memory.get("n1").value()).isEqualTo("春节后返岗须知");
        memory.forget("n1");
        assertThat(memory.get("n1")).isNull();
    }

    @Test
    void a_read_overtaken_by_a_change_is_not_held() {
        BriefMemory<String> memory = new BriefMemory<>(Duration.ofMinutes(1), 10);
        long stamp = memory.stamp();
        memory.forget("n1"); // the notice changes while the old version is being read

        memory.hold("n1", "old title", stamp);

        assertThat(memory.get("n1")).isNull();
    }

    @Test
    void nothing_is_served_past_its_time_and_a_held_nothing_is_told_apart_from_no_entry() throws InterruptedException {
        BriefMemory<String> memory = new BriefMemory<>(Duration.ofMillis(50), 10);
        memory.hold("recalled", null, memory.stamp());

        assertThat(memory.get("recalled")).isNotNull().extracting(BriefMemory.Held::value).isNull();
        Thread.sleep(80);
        assertThat(memory.get("recalled")).isNull();
    }

    @Test
    void past_its_size_it_starts_over() {
        BriefMemory<String> memory = new BriefMemory<>(Duration.ofMinutes(1), 2);
        memory.hold("a", "A", memory.stamp());
        memory.hold("b", "B", memory.stamp());
        memory.hold("c", "C", memory.stamp());

        assertThat(memory.get("a")).isNull();
        assertThat(memory.get("c").value()).isEqualTo("C");
    }
}
