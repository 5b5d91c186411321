package org.fugong.report;

import org.fugong.base.Messages;
import org.fugong.placement.PlacementFigures;

import java.util.List;
import java.util.Locale;

/**
 * The briefing's sentences about the bureau's newer promises, after its paragraph: the dispatch
 * clock's requests handled in time, students placed as interns, workers still at work at each
 * follow-up. A sentence is said only when the period has something for it, so a period without any
 * reads as before. Counts are plain digits, like the rest of the paragraph.
 */
final class BriefingSentences {

    private BriefingSentences() {
    }

    static String promises(BriefingFigures f, Messages messages, Locale locale) {
        StringBuilder text = new StringBuilder();
        if (f.keyRequestsSettled() > 0) {
            text.append(messages.get("briefing.text.dispatch", locale, f.keyRequestsSettled(),
                    f.keyRequestsInTime(), String.valueOf(f.keyRequestsInTimeShare())));
        }
        if (f.studentsPlaced() > 0) {
            List<String> parts = f.studentsPlacedByEnterprise().stream()
                    .map(s -> messages.get("briefing.text.students.enterprise", locale, s.enterpriseName(),
                            Long.toString(s.students()))).toList();
            text.append(messages.get("briefing.text.students", locale, f.studentsPlaced(),
                    String.join(messages.get("briefing.text.separator", locale), parts)));
        }
        List<String> checkpoints = f.followUps().stream().filter(c -> c.asked() > 0)
                .map(c -> checkpoint(c, messages, locale)).toList();
        if (!checkpoints.isEmpty()) {
            text.append(messages.get("briefing.text.follow-ups", locale,
                    String.join(messages.get("briefing.text.separator", locale), checkpoints)));
        }
        return text.toString();
    }

    private static String checkpoint(PlacementFigures.Checkpoint c, Messages messages, Locale locale) {
        return messages.get("briefing.text.follow-up", locale, Integer.toString(c.day()), Long.toString(c.asked()),
                Long.toString(c.answered()), Long.toString(c.stillAtWork()));
    }
}
