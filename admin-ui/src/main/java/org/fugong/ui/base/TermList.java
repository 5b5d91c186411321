package org.fugong.ui.base;

import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.fugong.reference.Industry;
import org.fugong.reference.Skill;
import org.fugong.reference.Taxonomy;
import org.fugong.reference.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A reference list the console's pickers offer: industries (GB/T 4754-2017) or skills (职业分类大典).
 * Items are codes, shown by their name in the console's language, found by what people type
 * (Chinese, English, pinyin or its initials) best match first, with the section or group under each.
 */
public enum TermList {

    INDUSTRIES {
        @Override
        List<? extends Term> search(String typed) {
            return TAXONOMY.searchIndustries(typed, Integer.MAX_VALUE);
        }

        @Override
        public String name(String code, Locale locale) {
            return TAXONOMY.industryName(code, locale);
        }

        @Override
        String detail(String code, Locale locale) {
            return TAXONOMY.industry(code).filter(Industry::isDivision)
                    .map(division -> TAXONOMY.industryName(division.section(), locale)).orElse("");
        }

        @Override
        boolean known(String code) {
            return TAXONOMY.industry(code).isPresent();
        }

        @Override
        boolean matches(String code, String typed) {
            return TAXONOMY.industryMatches(code, typed);
        }
    },

    SKILLS {
        @Override
        List<? extends Term> search(String typed) {
            return TAXONOMY.searchSkills(typed, Integer.MAX_VALUE);
        }

        @Override
        public String name(String code, Locale locale) {
            return TAXONOMY.skillName(code, locale);
        }

        @Override
        String detail(String code, Locale locale) {
            return TAXONOMY.skill(code).map(Skill::group).map(group -> group.name().in(locale)).orElse("");
        }

        @Override
        boolean known(String code) {
            return TAXONOMY.skill(code).isPresent();
        }

        @Override
        boolean matches(String code, String typed) {
            return TAXONOMY.skillMatches(code, typed);
        }
    };

    private static final Taxonomy TAXONOMY = Taxonomy.standard();

    abstract List<? extends Term> search(String typed);

    /** The name people read for a code in a language; a code the list does not know, as it is. */
    public abstract String name(String code, Locale locale);

    /** What places an entry: a division's section, a skill's group. */
    abstract String detail(String code, Locale locale);

    abstract boolean known(String code);

    abstract boolean matches(String code, String typed);

    /** Names of codes in a language, in their order. */
    public List<String> names(Collection<String> codes, Locale locale) {
        return codes.stream().map(code -> name(code, locale)).toList();
    }

    /** The name of a code in the console's language. */
    public String name(String code) {
        return name(code, Feedback.locale());
    }

    /** Names of codes in the console's language, in their order. */
    public List<String> names(Collection<String> codes) {
        return names(codes, Feedback.locale());
    }

    /**
     * Makes a combo box offer this list: codes matching what is typed, best first, then the codes
     * in {@code kept} (held by the record being edited, no longer in the list) that match.
     */
    <B extends ComboBoxBase<?, String, ?>> void offer(B box, Set<String> kept) {
        box.setItems(query -> {
            String typed = query.getFilter().orElse("");
            return options(typed, kept).skip(query.getOffset()).limit(query.getLimit());
        }, query -> (int) options(query.getFilter().orElse(""), kept).count());
        box.setItemLabelGenerator(this::name);
        box.setRenderer(LitRenderer.<String>of("""
                        <div>${item.name}<div style="font-size: var(--lumo-font-size-xs); \
                        color: var(--lumo-secondary-text-color)">${item.detail}</div></div>""")
                .withProperty("name", this::name)
                .withProperty("detail", code -> detail(code, Feedback.locale())));
    }

    private Stream<String> options(String typed, Set<String> kept) {
        List<String> codes = new ArrayList<>(search(typed).stream().map(Term::code).toList());
        kept.stream().filter(code -> matches(code, typed)).forEach(codes::add);
        return codes.stream();
    }
}
