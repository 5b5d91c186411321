package org.fugong.ui.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a CSV file made when it is clicked (so it is always current). */
public final class Downloads {

    private Downloads() {
    }

    public static Anchor csv(String fileName, String label, Supplier<byte[]> content) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8", bytes.length);
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, label);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
        anchor.addClassName("download-link");
        return anchor;
    }
}
