package org.fugong.ui.partner;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.fugong.partner.Partner;
import org.fugong.ui.base.Formats;

/** A partner's latest pulls under its row: when, whether the whole feed or changes since when, how many postings. */
class PullList extends Composite<Div> {

    PullList(Partner partner) {
        getContent().addClassName("partner-pulls");
        if (partner.pulls().isEmpty()) {
            getContent().add(new Paragraph(getTranslation("partners.pulls.none")));
            return;
        }
        getContent().add(new Paragraph(getTranslation("partners.pulls.title", partner.pulls().size())));
        UnorderedList list = new UnorderedList();
        for (Partner.Pull pull : partner.pulls()) {
            String what = pull.updatedSince() == null ? getTranslation("partners.pull.all")
                    : getTranslation("partners.pull.since", Formats.dateTime(pull.updatedSince()));
            list.add(new ListItem(getTranslation("partners.pull", Formats.dateTime(pull.at()), what,
                    Formats.number(pull.items()), pull.format())));
        }
        getContent().add(list);
    }
}
