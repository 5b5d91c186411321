package org.fugong;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import org.fugong.base.EmbeddedBackup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Fugong (复工): the bureau's back-to-work notices, pushes and responses. One Spring Boot
 * application serves the console (Vaadin), the worker web app ({@code /app/}) and the HTTP API
 * ({@code /api/v1}).
 */
@SpringBootApplication
@Theme("fugong")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class FugongApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // --fugong.backup=FILE / --fugong.restore=FILE: a command on the embedded data, not a start
        int exit = EmbeddedBackup.command(args, System.out);
        if (exit >= 0) {
            System.exit(exit);
        }
        SpringApplication.run(FugongApplication.class, args);
    }

    /** The console's icon in the browser's tab (a rising line on the bureau's red). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
