package org.fugong.enterprise;

import org.fugong.base.Problems;
import org.fugong.base.Texts;
import org.fugong.enterprise.internal.EnterpriseRequestDocument;
import org.fugong.reference.Taxonomy;

import java.util.List;

/** What a request and the messages of its thread may say, checked before anything is stored. */
final class RequestInput {

    private RequestInput() {
    }

    /** A new request, checked: every problem at once (400), or the document to store. */
    static EnterpriseRequestDocument validated(NewRequest input) {
        Problems problems = new Problems();
        problems.check(input.category() != null, "category", "error.required");
        // a worker's call for help is opened by Fugong from their follow-up answer, not by hand
        problems.check(input.category() != RequestCategory.WORKER_HELP, "category", "error.worker-help-category");
        String text = text(input.text(), "text", true, problems);
        List<String> skills = Texts.codes(input.skills());
        if (input.category() == RequestCategory.LABOUR_SHORTAGE) {
            problems.check(input.headcount() != null, "headcount", "error.required");
            problems.check(input.headcount() == null || input.headcount() >= 1
                            && input.headcount() <= EnterpriseRequestService.MAX_HEADCOUNT,
                    "headcount", "error.range", 1, EnterpriseRequestService.MAX_HEADCOUNT);
            problems.check(skills.size() <= EnterpriseRequestService.MAX_SKILLS, "skills", "error.max-items",
                    EnterpriseRequestService.MAX_SKILLS);
            Taxonomy.standard().checkSkills(skills, "skills", problems, List.of());
        } else if (input.category() != null) {
            problems.check(input.headcount() == null, "headcount", "error.labour-shortage-only");
            problems.check(skills.isEmpty(), "skills", "error.labour-shortage-only");
        }
        problems.throwIfAny();
        EnterpriseRequestDocument doc = new EnterpriseRequestDocument();
        doc.category = input.category();
        doc.text = text;
        doc.headcount = input.category() == RequestCategory.LABOUR_SHORTAGE ? input.headcount() : null;
        doc.skills = skills;
        return doc;
    }

    /** Plain text of at most 2000 characters, trimmed; control characters are refused. */
    static String text(String input, String field, boolean required, Problems problems) {
        String text = Texts.trimToNull(input);
        int max = EnterpriseRequestService.MAX_TEXT;
        problems.check(!required || text != null, field, "error.required");
        problems.check(text == null || text.length() <= max, field, "error.max-length", max);
        problems.check(text == null || !Texts.hasControlCharacters(text), field, "error.control-characters");
        return text;
    }
}
